// Notifications end to end in workerd, against the sandbox as AllDebrid and as the push service:
// with no socket open, a magnet that settles produces exactly one encrypted, VAPID-signed push;
// background polling stops by itself; eviction loses and doubles nothing; 410 unsubscribes.
import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { MagnetsDonePush } from "../../protocol/push";
import type { Account } from "../../worker/account";
import { waitUntil } from "../wait-until";
import { accountOf, fullStatus, hashStartingWith, inside, newKey, ORIGIN, upload } from "./live-helpers";
import { decrypt, newSubscription, received, setPushFaults, subscribe, verifyVapid } from "./push-helpers";
import { sandboxStats } from "./sandbox-hooks";

type AccountStub = Awaited<ReturnType<typeof accountOf>>;

/** An upload through the edge, as the app makes it: the edge then asks the object to poll soon. */
async function uploadThroughEdge(apikey: string, hash: string): Promise<number> {
  const response = await exports.default.fetch(`${ORIGIN}/v4.1/magnet/upload`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apikey}` },
    body: new URLSearchParams([["magnets[]", `magnet:?xt=urn:btih:${hash}`]]),
  });
  const body = await response.json<{ data: { magnets: Array<{ id: number }> } }>();
  return body.data.magnets[0]!.id;
}

const statusCalls = async (apikey: string) => (await sandboxStats(apikey)).calls["/v4.1/magnet/status"] ?? 0;
const alarmOf = (stub: AccountStub) => runInDurableObject(stub, (_i: Account, state) => state.storage.getAlarm());
const sql = <T>(stub: AccountStub, query: string) =>
  runInDurableObject(stub, (_i: Account, state) => state.storage.sql.exec(query).toArray() as T[]);

describe("push notifications", () => {
  it("sends one encrypted, VAPID-signed push when a magnet becomes Ready with no socket open, then stops polling", async () => {
    const apikey = newKey();
    const stub = await accountOf(apikey);
    const device = await newSubscription();
    await subscribe(apikey, device);
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
});
