// Live sync as devices feel it: one poll reaches every device of a user and no other user,
// writes show up at once, faults slow polling down without ending it, a refused apikey closes
// the sockets with the documented code, and polling stops when the last device leaves.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { LIVE_CLOSE, LIVE_PING, type MagnetsSnapshot } from "../../protocol/live";
import type { Account } from "../../worker/account";
import { waitUntil } from "../wait-until";
import {
  accountOf,
  Device,
  fullStatus,
  hashStartingWith,
  inside,
  newKey,
  ORIGIN,
  sorted,
  upload,
} from "./live-helpers";
import { sandboxStats, setFaults } from "./sandbox-hooks";

async function statusCalls(apikey: string): Promise<number> {
  return (await sandboxStats(apikey)).calls["/v4.1/magnet/status"] ?? 0;
}

function magnetsOf(apikey: string): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}/api/magnets`, { headers: { Authorization: `Bearer ${apikey}` } });
}

const alarmOf = (stub: Awaited<ReturnType<typeof accountOf>>) =>
  runInDurableObject(stub, (_instance: Account, state) => state.storage.getAlarm());

describe("live devices", () => {
  it("polls once per tick for all of a user's devices and sends each the same change", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const devices = [await Device.connect(apikey), await Device.connect(apikey), await Device.connect(apikey)];
    await waitUntil(() => devices.every((d) => d.version > 0), "every snapshot");
    await upload(apikey, [hashStartingWith("0")]);
    const before = await statusCalls(apikey);
    await waitUntil(() => runDurableObjectAlarm(stub), "a scheduled poll");
    await waitUntil(() => devices.every((d) => d.magnets.size === 1), "every device to see the upload");
    // Our tick made one status call; the object's own alarm may have run once more meanwhile.
    expect((await statusCalls(apikey)) - before).toBeLessThanOrEqual(2);
    const patches = devices.map((d) => JSON.stringify(d.messages.find((m) => m.type === "patch")));
    expect(new Set(patches).size).toBe(1);
    for (const device of devices) device.close();
  });

  it("never shows one user's magnets to another", async () => {
    const alice = newKey();
    const bob = newKey();
    const aliceDevice = await Device.connect(alice);
    const bobDevice = await Device.connect(bob);
    const [aliceMagnet] = await upload(alice, [hashStartingWith("0")]);
    const [bobMagnet] = await upload(bob, [hashStartingWith("0"), hashStartingWith("0")]);
    await waitUntil(() => aliceDevice.magnets.size === 1 && bobDevice.magnets.size === 2, "both uploads to arrive");
    expect([...aliceDevice.magnets.keys()]).toEqual([aliceMagnet]);
    expect(bobDevice.magnets.has(aliceMagnet!)).toBe(false);
    expect(bobDevice.magnets.has(bobMagnet!)).toBe(true);
    const bobSnapshot = await (await magnetsOf(bob)).json<MagnetsSnapshot>();
    expect(bobSnapshot.magnets.map((m) => m.id)).not.toContain(aliceMagnet);
    aliceDevice.close();
    bobDevice.close();
  });

  it("keeps a device up to date within 3 s while a 300-call burst on its key goes through the edge", {
    timeout: 60_000,
  }, async () => {
    const apikey = newKey();
    const device = await Device.connect(apikey);
    await waitUntil(() => device.version > 0, "the snapshot");
    const burst = Promise.all(
      Array.from({ length: 300 }, () =>
        exports.default.fetch(`${ORIGIN}/v4.1/user/links`, { headers: { Authorization: `Bearer ${apikey}` } }),
      ),
    );
    // Another AllDebrid client adds a magnet straight to the service, with no write through the edge.
    await upload(apikey, [hashStartingWith("0")]);
    const added = Date.now();
    await waitUntil(() => device.magnets.size === 1, "the magnet on the device", { timeoutMs: 20_000 });
    expect(Date.now() - added).toBeLessThanOrEqual(3000);
    const answers = await burst;
    // The burst itself was served or told to wait, never failed.
    expect(answers.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    device.close();
  });

  it("gives a socket that asks for snapshots in a loop at most three a second", async () => {
    const apikey = newKey();
    const device = await Device.connect(apikey);
    await waitUntil(() => device.version > 0, "the snapshot");
    const before = device.messages.length;
    for (let n = 0; n < 10; n++) device.send({ type: "hello", version: 999_999 });
    await waitUntil(() => device.messages.length >= before + 10, "an answer to every hello");
    const answers = device.messages.slice(before);
    expect(answers.filter((m) => m.type === "snapshot")).toHaveLength(3);
    expect(answers.filter((m) => m.type === "error" && m.code === "RATE_LIMITED")).toHaveLength(7);
    device.close();
  });

  it("shows a write made through the edge at once when the edge calls pollSoon", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const device = await Device.connect(apikey);
    await waitUntil(() => device.version > 0, "the snapshot");
    // Nothing is processing, so the next scheduled poll is the slow one (LIVE_POLL_IDLE_MS, 1 s in tests).
    const scheduled = await waitUntil(() => alarmOf(stub), "the slow poll to be scheduled");
    await upload(apikey, [hashStartingWith("0")]);
    await stub.pollSoon();
    await waitUntil(() => device.magnets.size === 1, "the new magnet");
    expect(Date.now()).toBeLessThan(scheduled!);
    device.close();
  });

  it("answers GET /api/magnets with the account's snapshot and version", async () => {
    const apikey = newKey();
    await upload(apikey, [hashStartingWith("0"), hashStartingWith("0")]);
    const response = await magnetsOf(apikey);
    expect(response.status).toBe(200);
    const body = await response.json<MagnetsSnapshot>();
    expect(body.version).toBeGreaterThan(0);
    expect(sorted(body.magnets)).toEqual(sorted(await fullStatus(apikey)));
    const missing = await exports.default.fetch(`${ORIGIN}/api/magnets`);
    expect(await missing.json()).toMatchObject({ status: "error", error: { code: "AUTH_MISSING_APIKEY" } });
    const bad = await magnetsOf("an-invalid-key");
    expect(await bad.json()).toMatchObject({ status: "error", error: { code: "AUTH_BAD_APIKEY" } });
  });

  it("backs off on upstream faults (5xx, HTML, dropped connections) and carries on afterwards", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const device = await Device.connect(apikey);
    await waitUntil(() => device.version > 0, "the snapshot");
    const paths = ["/v4.1/magnet/status"];
    await setFaults(apikey, [
      { type: "status", status: 503, times: 1, paths },
      { type: "html", status: 200, times: 1, paths },
      { type: "drop", times: 1, paths },
    ]);
    for (let failures = 1; failures <= 3; failures++) {
      await waitUntil(() => runDurableObjectAlarm(stub), "a scheduled poll");
      const position = await runInDurableObject(stub, (instance: Account) => inside(instance).feed.position);
      expect(position.failures).toBeGreaterThanOrEqual(1);
      // Next poll further out than the usual fast pace (LIVE_POLL_ACTIVE_MS is 100 in tests).
      expect(((await alarmOf(stub)) ?? 0) - Date.now()).toBeGreaterThan(100);
    }
    await upload(apikey, [hashStartingWith("0")]);
    await waitUntil(() => runDurableObjectAlarm(stub), "a scheduled poll");
    await waitUntil(() => device.magnets.size === 1, "the magnet after the faults");
    const position = await runInDurableObject(stub, (instance: Account) => inside(instance).feed.position);
    expect(position.failures).toBe(0);
    expect(device.closed).toBeNull();
    device.close();
  });

  it("closes every socket with the documented code when AllDebrid refuses the apikey, stops polling and erases what it kept", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const devices = [await Device.connect(apikey), await Device.connect(apikey)];
    await waitUntil(() => devices.every((d) => d.version > 0), "every snapshot");
    // The key is revoked upstream: the object now holds a key AllDebrid refuses.
    await runInDurableObject(stub, async (instance: Account) => {
      const revoke = instance as unknown as { credentials: { remember(key: string, origin: string): Promise<void> } };
      await revoke.credentials.remember("a-revoked-key", ORIGIN);
    });
    await waitUntil(() => runDurableObjectAlarm(stub), "a scheduled poll");
    await waitUntil(() => devices.every((d) => d.closed), "every socket to close");
    for (const device of devices) {
      expect(device.closed?.code).toBe(LIVE_CLOSE.badApikey);
      expect(device.closed?.reason).toContain("AUTH_BAD_APIKEY");
    }
    expect(await alarmOf(stub)).toBeNull();
    // Nothing of the refused key stays at rest: the object's storage is erased.
    const stored = await runInDurableObject(
      stub,
      (_instance, state) =>
        state.storage.sql
          .exec<{ n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE name NOT LIKE '_cf_%'")
          .one().n,
    );
    expect(stored).toBe(0);
  });

  it("stops polling when the last device leaves", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const first = await Device.connect(apikey);
    const second = await Device.connect(apikey);
    await waitUntil(async () => (await alarmOf(stub)) !== null, "polling to start");
    first.close();
    const openSockets = () =>
      runInDurableObject(
        stub,
        (_instance: Account, state) => state.getWebSockets().filter((ws) => ws.readyState === WebSocket.OPEN).length,
      );
    await waitUntil(async () => (await openSockets()) === 1, "the object to see the first device leave");
    expect(await alarmOf(stub)).not.toBeNull();
    second.close();
    await waitUntil(async () => (await alarmOf(stub)) === null, "polling to stop");
  });

  it("answers a ping with a pong", async () => {
    const device = await Device.connect(newKey());
    await waitUntil(() => device.version > 0, "the snapshot");
    device.ws.send(LIVE_PING);
    await waitUntil(() => device.messages.some((m) => m.type === "pong"), "the pong");
    device.close();
  });
});
