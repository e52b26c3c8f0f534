// Live sync end to end in workerd: a device following the socket holds exactly what AllDebrid
// (the sandbox) holds, through uploads, progress, failures, restarts and deletes, through an
// out-of-sync counter, and across the object being evicted.
import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { Account } from "../../worker/account";
import { waitUntil } from "../wait-until";
import {
  accountOf,
  Device,
  deleteMagnet,
  fullStatus,
  hashStartingWith,
  inside,
  newKey,
  restartMagnet,
  sorted,
  upload,
} from "./live-helpers";

type AccountStub = Awaited<ReturnType<typeof accountOf>>;

/** What the object holds right now: its version and its magnets. */
function held(stub: AccountStub) {
  return runInDurableObject(stub, (instance: Account, state) => ({
    version: inside(instance).feed.position.version,
    counter: inside(instance).feed.position.counter,
    magnets: sorted(inside(instance).feed.magnets),
    storedRows: state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM live_magnets").one().n,
  }));
}

/** Waits until the device holds the object's latest version, and returns that state. */
async function caughtUp(device: Device, stub: AccountStub) {
  const state = await waitUntil(async () => {
    const now = await held(stub);
    return device.version === now.version ? now : null;
  }, "the device to catch up");
  return state!;
}

const settled = (magnets: Map<number, Magnet>) =>
  [...magnets.values()].every((magnet) => magnetGroup(magnet.statusCode) !== "processing");

/** Waits until the sandbox has no processing magnet, polls once more, and returns its full status. */
async function quiet(apikey: string, stub: AccountStub, device: Device): Promise<Map<number, Magnet>> {
  const truth = await waitUntil(
    async () => {
      const status = await fullStatus(apikey);
      return settled(status) ? status : null;
    },
    "every sandbox magnet to settle",
    { everyMs: 200 },
  );
  // A poll may meet the sandbox's 12 calls a second (the test's own calls count too) and change
  // nothing: poll until the object holds what the sandbox says.
  await waitUntil(async () => {
    await runDurableObjectAlarm(stub);
    return JSON.stringify((await held(stub)).magnets) === JSON.stringify(sorted(truth!));
  }, "a poll that sees the settled account");
  await caughtUp(device, stub);
  return truth!;
}

describe("live sync", () => {
  // The sandbox allows 12 calls a second per account, so 100 polls take about ten seconds.
  it("reproduces the account exactly over 100 ticks of uploads, progress, failures, restarts and deletes", {
    timeout: 120_000,
  }, async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const device = await Device.connect(apikey);
    const live: number[] = [];
    const seen = { progress: false, failure: false, removal: false, restart: false };
    for (let tick = 0; tick < 100; tick++) {
      if (tick % 10 === 0) {
        const normal = hashStartingWith("123456789abcd"[tick % 13] ?? "1");
        live.push(...(await upload(apikey, [normal, hashStartingWith("f"), hashStartingWith("0")])));
      }
      if (tick % 10 === 7) {
        const [gone] = live.splice(tick % live.length, 1);
        if (gone) await deleteMagnet(apikey, gone);
      }
      const failed = [...device.magnets.values()].find((m) => magnetGroup(m.statusCode) === "error");
      if (tick % 20 === 15 && failed) {
        await restartMagnet(apikey, failed.id);
        seen.restart = true;
      }
      await waitUntil(() => runDurableObjectAlarm(stub), "a scheduled poll");
      const state = await caughtUp(device, stub);
      expect(sorted(device.magnets)).toEqual(state.magnets);
      for (const message of device.messages) {
        if (message.type !== "patch") continue;
        seen.progress ||= message.changes.some((change) => "downloaded" in change && !("filename" in change));
        seen.failure ||= message.changes.some((change) => (change.statusCode ?? 0) >= 5);
        seen.removal ||= message.removed.length > 0;
      }
    }
    const truth = await quiet(apikey, stub, device);
    expect(sorted(device.magnets)).toEqual(sorted(truth));
    expect(truth.size).toBe(20); // 10 uploads of 3, 10 deletes
    expect(seen).toEqual({ progress: true, failure: true, removal: true, restart: true });
    expect(device.gaps).toBe(0);
    expect(device.messages.filter((m) => m.type === "snapshot")).toHaveLength(1);
    device.close();
  });

  it("sends a magnet that reaches Ready as a merge patch whose gone speeds are null, and the device keeps it", {
    timeout: 30_000,
  }, async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const [id] = await upload(apikey, [hashStartingWith("1")]);
    const device = await Device.connect(apikey);
    await waitUntil(() => device.magnets.get(id!)?.downloadSpeed !== undefined, "the magnet downloading");
    const ready = await waitUntil(
      async () => {
        await runDurableObjectAlarm(stub);
        return device.messages.find(
          (message) => message.type === "patch" && message.changes.some((c) => c.id === id && c.statusCode === 4),
        );
      },
      "the patch that makes the magnet Ready",
      { everyMs: 50, timeoutMs: 20_000 },
    );
    if (ready.type !== "patch") throw new Error("not a patch");
    expect(ready.removed).not.toContain(id);
    expect(ready.changes.find((c) => c.id === id)).toMatchObject({ id, statusCode: 4, downloadSpeed: null });
    await caughtUp(device, stub);
    expect(device.magnets.get(id!)).toEqual((await fullStatus(apikey)).get(id!));
    expect(device.magnets.get(id!)).not.toHaveProperty("downloadSpeed");
    device.close();
  });

  it("recovers from an out-of-sync counter with a fullsync, without losing or duplicating magnets", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    await upload(apikey, [hashStartingWith("0"), hashStartingWith("0")]);
    const device = await Device.connect(apikey);
    await waitUntil(() => device.magnets.size === 2, "the first magnets");
    await runInDurableObject(stub, (instance: Account) => {
      inside(instance).feed.position.counter += 1000;
    });
    await upload(apikey, [hashStartingWith("0")]);
    await waitUntil(() => runDurableObjectAlarm(stub), "a scheduled poll");
    const state = await caughtUp(device, stub);
    expect(state.counter).toBeLessThan(1000);
    expect(sorted(device.magnets)).toEqual(sorted(await fullStatus(apikey)));
    expect(state.magnets).toHaveLength(3);
    expect(state.storedRows).toBe(3);
    expect(device.messages.at(-1)).toMatchObject({ type: "patch", removed: [] });
    device.close();
  });

  it("resumes after the object is evicted mid-session: a patch from the device's version, nothing lost or doubled", async () => {
    const apikey = newKey();
    const device = await Device.connect(apikey);
    const [first] = await upload(apikey, [hashStartingWith("1"), hashStartingWith("0")]);
    await quiet(apikey, await accountOf(apikey), device);
    const before = device.version;

    await abortAllDurableObjects();
    // Stubs made before the eviction are broken by it; a new one reaches the reloaded object.
    const stub = await accountOf(apikey);
    await deleteMagnet(apikey, first!);
    await upload(apikey, [hashStartingWith("0")]);

    const resumed = await Device.connect(apikey, device);
    const firstMessage = await waitUntil(() => resumed.messages[0], "the first message after resuming");
    expect(firstMessage).toMatchObject({ type: "patch", from: before });
    const truth = await quiet(apikey, stub, resumed);
    expect(sorted(resumed.magnets)).toEqual(sorted(truth));
    const state = await held(stub);
    expect(state.storedRows).toBe(truth.size);
    expect(resumed.gaps).toBe(0);
    resumed.close();
  });

  it("carries on after hibernation: a fresh instance over the same storage and sockets sends the next patch", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const device = await Device.connect(apikey);
    await upload(apikey, [hashStartingWith("0"), hashStartingWith("0")]);
    await quiet(apikey, stub, device);
    await upload(apikey, [hashStartingWith("0")]);
    const count = device.messages.length;
    const before = device.version;

    // Hibernation drops the object's memory and keeps its storage and sockets: build what a
    // wake-up builds, with the scheduled alarm taken away so the old instance stays idle.
    await runInDurableObject(stub, async (instance: Account, state) => {
      await state.storage.deleteAlarm();
      const woken = new Account(state, env);
      await state.blockConcurrencyWhile(async () => {});
      expect(sorted(inside(woken).feed.magnets)).toEqual(sorted(inside(instance).feed.magnets));
      expect(inside(woken).feed.position).toEqual(inside(instance).feed.position);
      await woken.alarm();
    });

    const patch = await waitUntil(() => device.messages[count], "the patch sent by the woken instance");
    expect(patch).toMatchObject({ type: "patch", from: before, to: before + 1, removed: [] });
    expect(sorted(device.magnets)).toEqual(sorted(await fullStatus(apikey)));
    expect(device.gaps).toBe(0);
    device.close();
  });

  it("answers hello with a patch while the log covers the version, and with a snapshot otherwise", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const device = await Device.connect(apikey);
    await upload(apikey, [hashStartingWith("0")]);
    await quiet(apikey, stub, device);
    const count = device.messages.length;
    device.send({ type: "hello", version: 1 });
    const answer = await waitUntil(() => device.messages[count], "the answer to hello");
    expect(answer).toMatchObject({ type: "patch", from: 1, to: device.version });
    device.send({ type: "hello", version: 999_999 });
    const reset = await waitUntil(() => device.messages[count + 1], "the answer to a version from nowhere");
    expect(reset).toMatchObject({ type: "snapshot", version: device.version });
    device.close();
  });
});
