// The account object's one alarm (worker/account/scheduler.ts): set at the earliest due moment,
// cleared when nothing is due, and a woken object does what the alarm was set for, no more.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Account } from "../../worker/account";
import { dueNow, Scheduler } from "../../worker/account/scheduler";
import { waitUntil } from "../wait-until";
import { accountOf, Device, hashStartingWith, newKey, upload } from "./live-helpers";
import { sandboxStats } from "./sandbox-hooks";

const statusCalls = async (apikey: string) => (await sandboxStats(apikey)).calls["/v4.1/magnet/status"] ?? 0;

describe("the account's one alarm", () => {
  it("is set at the earliest due moment, moved when that changes, and cleared when nothing is due", async () => {
    const stub = env.ACCOUNT.get(env.ACCOUNT.newUniqueId());
    await runInDurableObject(stub, async (_instance: Account, state) => {
      const scheduler = new Scheduler(state.storage);
      const now = Date.now();
      await scheduler.plan({ poll: now + 30_000, delivery: now + 5_000, cleanup: null });
      expect(await state.storage.getAlarm()).toBe(now + 5_000);
      await scheduler.plan({ poll: now + 30_000, delivery: null, cleanup: null });
      expect(await state.storage.getAlarm()).toBe(now + 30_000);
      await scheduler.plan({ poll: null, delivery: null, cleanup: null });
      expect(await state.storage.getAlarm()).toBeNull();
    });
  });

  it("wakes for what is due by now, and always for what it was set for even when it fires early", () => {
    const now = 1_000_000;
    expect(dueNow({ poll: now - 1, delivery: now + 5_000 }, now)).toEqual(new Set(["poll"]));
    // Fired before its time (a test harness, a clock a little behind): the earliest is still done.
    expect(dueNow({ poll: now + 2_000, delivery: now + 500 }, now)).toEqual(new Set(["delivery"]));
    expect(dueNow({ poll: now + 500, delivery: now + 500 }, now)).toEqual(new Set(["poll", "delivery"]));
    expect(dueNow({ poll: null, delivery: null }, now)).toEqual(new Set());
  });

  it("polls on the alarm set for a device's next poll, and stops when the last device leaves", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const device = await Device.connect(apikey);
    await upload(apikey, [hashStartingWith("e")]);
    const before = await statusCalls(apikey);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await statusCalls(apikey)).toBeGreaterThan(before);
    device.close();
    const alarm = () => runInDurableObject(stub, (_i: Account, state) => state.storage.getAlarm());
    await waitUntil(async () => (await alarm()) === null, "the alarm to be cleared");
  });
});
