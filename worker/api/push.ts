// The notification routes of the app's API (docs/notifications.md): GET /api/push/key (the VAPID
// public key), POST/DELETE /api/push/subscription (Bearer: this device's push subscription),
// GET/POST/DELETE /api/push/webhook (Bearer: the account's webhook). Off, every route answers 404.
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { AllDebridError } from "../../protocol/alldebrid";
import { base64UrlBytes, pushSubscriptionBody, pushUnsubscribeBody, webhookBody } from "../../protocol/api-bodies";
import type { PushKey, PushSubscriptionState, WebhookState } from "../../protocol/push";
import { notificationsEnabled, pushEndpointProblem, webhookProblem } from "../account/notify";
import type { AppEnv, Env } from "../env";
import { answered, callerAccount, noStore } from "./account-call";
import { badJson } from "./validation";

/** The VAPID public key, or 404 when push is not set up here. */
function vapidPublicKey(env: Env): string {
  const key = env.VAPID_PUBLIC_KEY;
  if (!key) throw new AllDebridError("404", "Web Push is not set up on this deployment (no VAPID key)");
  return key;
}

async function requirePoint(p256dh: string): Promise<void> {
  const point = base64UrlBytes(p256dh) ?? new Uint8Array();
  try {
    await crypto.subtle.importKey("raw", point, { name: "ECDH", namedCurve: "P-256" }, false, []);
  } catch {
    throw new AllDebridError("BAD_REQUEST", "keys.p256dh: not a point on P-256");
  }
}

function refuse(problem: string | null): void {
  if (problem) throw new AllDebridError("BAD_REQUEST", problem);
}

export const push = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (!notificationsEnabled(c.env)) throw new AllDebridError("404", "Notifications are off on this deployment");
    await next();
  })
  .get("/key", (c) => c.json({ publicKey: vapidPublicKey(c.env) } satisfies PushKey, 200, noStore))
  .post("/subscription", zValidator("json", pushSubscriptionBody, badJson()), async (c) => {
    vapidPublicKey(c.env);
    const { endpoint, keys } = c.req.valid("json");
    refuse(pushEndpointProblem(c.env, endpoint));
    await requirePoint(keys.p256dh);
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const state = answered(await account.subscribePush(apikey, origin, { endpoint, ...keys }));
    return c.json(state satisfies PushSubscriptionState, 200, noStore);
  })
  .delete("/subscription", zValidator("json", pushUnsubscribeBody, badJson()), async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    const state = await account.unsubscribePush(c.req.valid("json").endpoint);
    return c.json(state satisfies PushSubscriptionState, 200, noStore);
  })
  .get("/webhook", async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.webhook()) satisfies WebhookState, 200, noStore);
  })
  .post("/webhook", zValidator("json", webhookBody, badJson()), async (c) => {
    const { url } = c.req.valid("json");
    refuse(webhookProblem(c.env, url));
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const state = answered(await account.setWebhook(apikey, origin, url));
    return c.json(state satisfies WebhookState, 200, noStore);
  })
  .delete("/webhook", async (c) => {
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const state = answered(await account.setWebhook(apikey, origin, null));
    return c.json(state satisfies WebhookState, 200, noStore);
  });
