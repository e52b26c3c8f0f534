// Notifications end to end in workerd, against the sandbox as AllDebrid and as the push service:
// with no socket open, a magnet that settles produces exactly one encrypted, VAPID-signed push;
// background polling stops by itself; eviction loses and doubles nothing; 410 unsubscribes.
import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { MagnetsDonePush } from "../../protocol/push";
import type { Account } from "../../worker/account";
import { waitUntil } from "../wait-until";
import { accountOf, Device, fullStatus, hashStartingWith, inside, newKey, upload } from "./live-helpers";
import {
  decrypt,
  newSubscription,
  received,
  setPushFaults,
  subscribe,
  uploadThroughEdge,
  verifyVapid,
} from "./push-helpers";
import { sandboxStats } from "./sandbox-hooks";

type AccountStub = Awaited<ReturnType<typeof accountOf>>;

const statusCalls = async (apikey: string) => (await sandboxStats(apikey)).calls["/v4.1/magnet/status"] ?? 0;
const alarmOf = (stub: AccountStub) => runInDurableObject(stub, (_i: Account, state) => state.storage.getAlarm());
const count = (stub: AccountStub, table: string) =>
  runInDurableObject(
    stub,
    (_i: Account, state) => state.storage.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).one().n,
  );

/**
 * The magnets the object holds as processing (status 0-3): only those can settle into news, as
 * a magnet first seen already settled is none (worker/account/notify/events.ts).
 */
const processingKnown = (stub: AccountStub) =>
  runInDurableObject(stub, (_i: Account, state) =>
    state.storage.sql
      .exec<{ magnet: string }>("SELECT magnet FROM live_magnets")
      .toArray()
      .map((row) => JSON.parse(row.magnet) as { id: number; statusCode: number })
      .filter((magnet) => magnet.statusCode < 4)
      .map((magnet) => magnet.id),
  );

/** One poll made by the test itself, without the delivery the alarm would do after it. */
const pollOnly = (stub: AccountStub) =>
  runInDurableObject(stub, async (instance: Account) => {
    await inside(instance).poll();
  });

/** Takes the object's alarm away: the test makes each poll itself. */
async function stopAlarm(stub: AccountStub): Promise<void> {
  // An alarm already running sets the next one as it ends: delete until none comes back.
  await waitUntil(async () => {
    await runInDurableObject(stub, (_i: Account, state) => state.storage.deleteAlarm());
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (await alarmOf(stub)) === null;
  }, "the object's alarm to stay off");
}

/** A new account with one subscribed device, whose push service first answers with `faults`. */
async function subscribedAccount(faults: object[] = []) {
  const apikey = newKey();
  const device = await newSubscription();
  if (faults.length > 0) await setPushFaults(device.body.endpoint, faults);
  await subscribe(apikey, device);
  return { apikey, device, stub: await accountOf(apikey) };
}

async function requestsAt(url: string, n: number) {
  return waitUntil(async () => {
    const requests = await received(url);
    return requests.length >= n ? requests : null;
  }, `${n} request(s) at the push service`);
}

/**
 * Background polling has stopped and what it queued has gone out. The alarm alone does not say so:
 * it reads null while the alarm that delivers the last event is still running.
 */
async function pollingStopped(stub: AccountStub): Promise<void> {
  await waitUntil(
    async () => (await alarmOf(stub)) === null && (await count(stub, "notify_outbox")) === 0,
    "background polling to stop and its events to go out",
    { timeoutMs: 20_000 },
  );
}

describe("push notifications", () => {
  it("sends one encrypted, VAPID-signed push when a magnet becomes Ready with no socket open, then stops polling", async () => {
    const { apikey, device, stub } = await subscribedAccount();
    const id = await uploadThroughEdge(apikey, hashStartingWith("1"));

    const [push] = await waitUntil(async () => {
      const requests = await received(device.body.endpoint);
      return requests.length > 0 ? requests : null;
    }, "the push for the Ready magnet");
    const name = (await fullStatus(apikey)).get(id)?.filename;
    expect(push!.method).toBe("POST");
    expect(push!.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(push!.headers.ttl)).toBeGreaterThan(0);
    const payload = (await decrypt(push!, device)) as MagnetsDonePush;
    expect(payload).toMatchObject({ kind: "magnets-done", ready: 1, failed: 0 });
    expect(payload.magnets).toEqual([{ id, name, statusCode: 4 }]);
    const vapid = await verifyVapid(push!, env.VAPID_PUBLIC_KEY!, device.body.endpoint);
    expect(vapid.valid).toBe(true);
    expect(vapid.header).toMatchObject({ alg: "ES256" });
    expect(vapid.claims).toMatchObject({ aud: vapid.audience, sub: env.VAPID_SUBJECT });
    expect(vapid.claims.exp * 1000).toBeGreaterThan(Date.now());
    // Nothing of the account travels in the clear: no key, no name.
    expect(JSON.stringify(push)).not.toContain(apikey);
    expect(JSON.stringify(push)).not.toContain(name);

    await waitUntil(async () => (await alarmOf(stub)) === null, "background polling to stop");
    const calls = await statusCalls(apikey);
    await new Promise((resolve) => setTimeout(resolve, 700)); // two background intervals
    expect(await statusCalls(apikey)).toBe(calls);
    expect(await received(device.body.endpoint)).toHaveLength(1);
  });

  it("loses no event and sends none twice when the object is evicted between a poll and its delivery", async () => {
    const account = await subscribedAccount();
    const { apikey, device } = account;
    let stub = account.stub;
    await stopAlarm(stub);
    // Normal magnets with the longest download (8 paces), so that the first poll sees them processing.
    await upload(apikey, [hashStartingWith("1aaf"), hashStartingWith("2aaf")]);
    await pollOnly(stub);
    // On a loaded machine one may have settled before that poll: it is then no news, and not expected.
    const ids = await processingKnown(stub);
    expect(ids.length).toBeGreaterThan(0);
    await waitUntil(async () => {
      await pollOnly(stub);
      return (await count(stub, "notify_outbox")) > 0;
    }, "a poll that queues an event");
    expect(await received(device.body.endpoint)).toHaveLength(0);
    const [queued] = await runInDurableObject(stub, (_i: Account, state) =>
      state.storage.sql.exec<{ payload: string }>("SELECT payload FROM notify_outbox").toArray(),
    );

    // The object goes away with the event queued and its alarm set, as after a real poll.
    await runInDurableObject(stub, (_i: Account, state) => state.storage.setAlarm(Date.now() + 60_000));
    await abortAllDurableObjects();
    stub = await accountOf(apikey);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    // The woken object sent the queued event (and, had its own poll settled the other magnet, that one too).
    const afterWake = await received(device.body.endpoint);
    const events = await Promise.all(afterWake.map(async (request) => (await decrypt(request, device)).event));
    expect(events).toContain((JSON.parse(queued!.payload) as MagnetsDonePush).event);

    await pollingStopped(stub);
    const requests = await received(device.body.endpoint);
    const payloads = await Promise.all(requests.map((request) => decrypt(request, device)));
    expect(new Set(payloads.map((p) => p.event)).size).toBe(requests.length);
    expect(payloads.flatMap((p) => p.magnets.map((m) => m.id)).sort()).toEqual([...ids].sort());
    expect(await count(stub, "notify_outbox")).toBe(0);
  });

  it("retries a push the service answered 503 for once, after a backoff, across an eviction", async () => {
    const { apikey, device } = await subscribedAccount([{ status: 503, times: 1 }]);
    await uploadThroughEdge(apikey, hashStartingWith("1"));
    const [refused] = await requestsAt(device.body.endpoint, 1);
    expect(refused!.answered).toBe(503);

    await abortAllDurableObjects();
    const stub = await accountOf(apikey);
    const [, retried] = await waitUntil(async () => {
      await runDurableObjectAlarm(stub);
      const requests = await received(device.body.endpoint);
      return requests.length >= 2 ? requests : null;
    }, "the retry");
    expect(retried!.answered).toBe(201);
    expect(retried!.receivedAt - refused!.receivedAt).toBeGreaterThanOrEqual(300); // LIVE_POLL_BACKGROUND_MS
    expect((await decrypt(retried!, device)).event).toBe((await decrypt(refused!, device)).event);
    await pollingStopped(stub);
    expect(await received(device.body.endpoint)).toHaveLength(2);
  });

  it("tries a push at most twice when the service keeps answering 429, and keeps the subscription", async () => {
    const { apikey, device, stub } = await subscribedAccount([{ status: 429, times: 10, retryAfter: 0 }]);
    await uploadThroughEdge(apikey, hashStartingWith("1"));
    await requestsAt(device.body.endpoint, 2);
    await pollingStopped(stub);
    expect((await received(device.body.endpoint)).map((r) => r.answered)).toEqual([429, 429]);
    expect(await count(stub, "notify_outbox")).toBe(0);
    expect(await count(stub, "notify_subscriptions")).toBe(1);
  });

  it.each([410, 404])("removes a subscription the push service answers %i for", async (status) => {
    const { apikey, device, stub } = await subscribedAccount([{ status }]);
    await uploadThroughEdge(apikey, hashStartingWith("1"));
    await requestsAt(device.body.endpoint, 1);
    await waitUntil(async () => (await count(stub, "notify_subscriptions")) === 0, "the subscription to go");
    await pollingStopped(stub);
    expect(await received(device.body.endpoint)).toHaveLength(1);
  });

  it("groups the magnets that settle within one poll into one push", async () => {
    const { apikey, device, stub } = await subscribedAccount();
    await stopAlarm(stub);
    const ids = await upload(apikey, [hashStartingWith("1"), hashStartingWith("2"), hashStartingWith("3")]);
    await pollOnly(stub); // sees the three processing
    await waitUntil(async () => {
      const status = await fullStatus(apikey);
      return ids.every((id) => (status.get(id)?.statusCode ?? 0) >= 4);
    }, "the three magnets to settle in the sandbox");
    await pollOnly(stub);
    await runInDurableObject(stub, (_i: Account, state) => state.storage.setAlarm(Date.now()));
    await runDurableObjectAlarm(stub);
    const [push] = await requestsAt(device.body.endpoint, 1);
    const payload = await decrypt(push!, device);
    expect(payload).toMatchObject({ ready: 3, failed: 0 });
    expect(payload.magnets.map((m) => m.id).sort()).toEqual([...ids].sort());
    expect(await received(device.body.endpoint)).toHaveLength(1);
  });

  it("stops background polling after the ceiling while a magnet still processes, and a write starts it again", async () => {
    const { apikey, stub } = await subscribedAccount();
    await uploadThroughEdge(apikey, hashStartingWith("e")); // slow: processing for the whole test
    const before = await statusCalls(apikey);
    await waitUntil(async () => (await statusCalls(apikey)) >= before + 2, "background polls");
    const hours = Number(env.LIVE_POLL_BACKGROUND_HOURS);
    await runInDurableObject(stub, (_i: Account, state) => {
      state.storage.sql.exec("UPDATE notify_background SET started_at = ?", Date.now() - hours * 3_600_000 - 1);
    });
    await pollingStopped(stub);
    const stopped = await statusCalls(apikey);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await statusCalls(apikey)).toBe(stopped);

    await uploadThroughEdge(apikey, hashStartingWith("e"));
    await waitUntil(async () => (await statusCalls(apikey)) >= stopped + 2, "background polls after the write");
    expect(await alarmOf(stub)).not.toBeNull();
  });

  it("hands polling over to the background when the last device leaves while a magnet processes", async () => {
    const { apikey, stub } = await subscribedAccount();
    const socket = await Device.connect(apikey);
    const id = await uploadThroughEdge(apikey, hashStartingWith("e"));
    await waitUntil(() => socket.magnets.has(id), "the magnet on the socket");
    socket.close();
    const openSockets = () =>
      runInDurableObject(
        stub,
        (_i: Account, state) => state.getWebSockets().filter((ws) => ws.readyState === 1).length,
      );
    await waitUntil(async () => (await openSockets()) === 0, "the socket to close");
    const before = await statusCalls(apikey);
    await waitUntil(async () => (await statusCalls(apikey)) >= before + 2, "background polls");
    expect(await alarmOf(stub)).not.toBeNull();
  });
});
