// The notification routes as the app calls them: the VAPID key, a device's subscription (only
// known push services, real keys, the caller's own account), and the webhook (https to a public
// host only), whose messages the sandbox captures like pushes.
import { runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { PushSubscriptionState, WebhookMessage, WebhookState } from "../../protocol/push";
import type { Account } from "../../worker/account";
import { waitUntil } from "../wait-until";
import { accountOf, fullStatus, hashStartingWith, newKey, ORIGIN } from "./live-helpers";
import { newSubscription, pushApi, received, uploadThroughEdge } from "./push-helpers";

const subscriptionsOf = async (apikey: string) =>
  runInDurableObject(await accountOf(apikey), (_i: Account, state) =>
    state.storage.sql.exec<{ endpoint: string }>("SELECT endpoint FROM notify_subscriptions").toArray(),
  );

async function errorOf(response: Response) {
  return { status: response.status, ...(await response.json<{ error: { code: string; message: string } }>()).error };
}

describe("push API", () => {
  it("gives the VAPID public key that pushManager.subscribe takes", async () => {
    const response = await pushApi("/key", null);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ publicKey: env.VAPID_PUBLIC_KEY });
  });

  it("stores a device's subscription and removes it again, for the caller's own account only", async () => {
    const alice = newKey();
    const bob = newKey();
    const device = await newSubscription();
    const stored = await pushApi("/subscription", alice, "POST", device.body);
    expect(await stored.json<PushSubscriptionState>()).toEqual({ endpoint: device.body.endpoint, subscribed: true });
    // Bob cannot remove Alice's device: his call reaches his own account.
    await pushApi("/subscription", bob, "DELETE", { endpoint: device.body.endpoint });
    expect(await subscriptionsOf(alice)).toEqual([{ endpoint: device.body.endpoint }]);
    const removed = await pushApi("/subscription", alice, "DELETE", { endpoint: device.body.endpoint });
    expect(await removed.json<PushSubscriptionState>()).toEqual({ endpoint: device.body.endpoint, subscribed: false });
    expect(await subscriptionsOf(alice)).toEqual([]);
  });

  it.each([
    ["an unknown host", "https://push.example.com/send/abc"],
    ["plain http", "http://fcm.googleapis.com/fcm/send/abc"],
    ["a look-alike host", "https://fcm.googleapis.com.example.net/abc"],
    ["a port", "https://fcm.googleapis.com:8443/fcm/send/abc"],
    ["not a URL", "fcm.googleapis.com/abc"],
  ])("refuses an endpoint on %s with BAD_REQUEST", async (_what, endpoint) => {
    const device = await newSubscription();
    const response = await pushApi("/subscription", newKey(), "POST", { ...device.body, endpoint });
    expect(await errorOf(response)).toMatchObject({ status: 400, code: "BAD_REQUEST" });
  });

  it("accepts the known browser push services", async () => {
    const apikey = newKey();
    const device = await newSubscription();
    for (const endpoint of [
      "https://fcm.googleapis.com/fcm/send/abc",
      "https://updates.push.services.mozilla.com/wpush/v2/abc",
      "https://web.push.apple.com/QGx",
      "https://wns2-par02p.notify.windows.com/w/?token=abc",
    ]) {
      const response = await pushApi("/subscription", apikey, "POST", { ...device.body, endpoint });
      expect(response.status, endpoint).toBe(200);
    }
  });

  it("refuses keys that are not an RFC 8291 subscription's, and calls without a working apikey", async () => {
    const device = await newSubscription();
    const shortAuth = { ...device.body, keys: { ...device.body.keys, auth: "AAAA" } };
    expect(await errorOf(await pushApi("/subscription", newKey(), "POST", shortAuth))).toMatchObject({
      status: 400,
      code: "BAD_REQUEST",
      message: expect.stringContaining("keys.auth"),
    });
    const offCurve = { ...device.body, keys: { ...device.body.keys, p256dh: `BA${"A".repeat(85)}` } };
    expect(await errorOf(await pushApi("/subscription", newKey(), "POST", offCurve))).toMatchObject({ status: 400 });
    expect(await errorOf(await pushApi("/subscription", null, "POST", device.body))).toMatchObject({
      code: "AUTH_MISSING_APIKEY",
    });
    expect(await errorOf(await pushApi("/subscription", "not-a-key", "POST", device.body))).toMatchObject({
      code: "AUTH_BAD_APIKEY",
    });
    const notJson = await exports.default.fetch(`${ORIGIN}/api/push/subscription`, {
      method: "POST",
      headers: { Authorization: `Bearer ${newKey()}` },
      body: "endpoint=x",
    });
    expect(await errorOf(notJson)).toMatchObject({ status: 400, code: "BAD_REQUEST" });
  });

  it.each([
    "http://ntfy.sh/topic",
    "https://localhost/hook",
    "https://127.0.0.1/hook",
    "https://10.1.2.3/hook",
    "https://192.168.1.10/hook",
    "https://169.254.169.254/latest",
    "https://[::1]/hook",
    "https://router.local/hook",
    "https://user:pass@ntfy.sh/topic",
  ])("refuses the webhook %s", async (url) => {
    const response = await pushApi("/webhook", newKey(), "POST", { url });
    expect(await errorOf(response)).toMatchObject({ status: 400, code: "BAD_REQUEST" });
  });

  it("keeps one webhook per account, shows it, and removes it", async () => {
    const apikey = newKey();
    const set = await pushApi("/webhook", apikey, "POST", { url: "https://ntfy.sh/debrid-test-topic" });
    expect(await set.json<WebhookState>()).toEqual({ url: "https://ntfy.sh/debrid-test-topic" });
    expect(await (await pushApi("/webhook", apikey)).json<WebhookState>()).toEqual({
      url: "https://ntfy.sh/debrid-test-topic",
    });
    expect(await (await pushApi("/webhook", newKey())).json<WebhookState>()).toEqual({ url: null });
    await pushApi("/webhook", apikey, "DELETE");
    expect(await (await pushApi("/webhook", apikey)).json<WebhookState>()).toEqual({ url: null });
  });

  it("posts ntfy- and Discord-readable JSON to the webhook when a magnet is Ready", async () => {
    const apikey = newKey();
    const hook = `https://push.sandbox.test/hook/${crypto.randomUUID()}`;
    await pushApi("/webhook", apikey, "POST", { url: hook });
    const id = await uploadThroughEdge(apikey, hashStartingWith("1"));
    const [request] = await waitUntil(async () => {
      const requests = await received(hook);
      return requests.length > 0 ? requests : null;
    }, "the webhook call");
    const name = (await fullStatus(apikey)).get(id)!.filename;
    const message = JSON.parse(atob(request!.body)) as WebhookMessage;
    expect(request!.headers).toMatchObject({
      "content-type": "application/json",
      "x-template": "yes",
      "x-title": "{{.title}}",
      "x-message": "{{.message}}",
    });
    expect(message).toMatchObject({
      title: "Debrid",
      message: `"${name}" is ready`,
      content: `**Debrid**: "${name}" is ready`,
      allowed_mentions: { parse: [] },
      click: `${ORIGIN}/?magnet=${id}`,
      event: { kind: "magnets-done", magnets: [{ id, name, statusCode: 4 }] },
    });
    expect(JSON.stringify(request)).not.toContain(apikey);
  });
});
