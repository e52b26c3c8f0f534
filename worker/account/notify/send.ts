// One delivery attempt to one target, told plainly: delivered, gone (404/410: forget the target),
// worth one retry (429, 5xx, a timeout or a broken connection), or failed for good. A Web Push is
// encrypted for the subscription (RFC 8291 aes128gcm) and signed with the deployment's VAPID key
// (RFC 8292); a sandbox target is delivered in process. Redirects are never followed.
import { buildPushPayload, type VapidKeys } from "@block65/webcrypto-web-push";
import type { PushPayload } from "../../../protocol/push";
import type { Env } from "../../env";
import { sendOutbound } from "../../upstream";
import type { StoredSubscription } from "./store";
import { webhookHeaders, webhookMessage } from "./webhook";

export type Outcome =
  | { kind: "delivered" }
  | { kind: "gone"; status: number }
  | { kind: "retry"; retryAfterMs: number | null }
  | { kind: "failed"; status: number };

const TIMEOUT_MS = 10_000;
/** A push service or webhook that redirects is not followed anywhere else. */
const NO_REDIRECT = { redirect: "manual" } as const;
/** A push kept by the push service this long at most while the device is offline (RFC 8030 TTL). */
const PUSH_TTL_SECONDS = 24 * 60 * 60;

/** The deployment's VAPID keys, or null when none are configured (push is then off). */
export function vapidKeys(env: Env, origin: string): VapidKeys | null {
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return null;
  const subject = env.VAPID_SUBJECT || (origin.startsWith("https://") ? origin : "mailto:debrid@localhost");
  return { subject, publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY };
}

export async function sendPush(
  env: Env,
  subscription: StoredSubscription,
  payload: PushPayload,
  vapid: VapidKeys,
): Promise<Outcome> {
  const { endpoint, p256dh, auth } = subscription;
  const built = await buildPushPayload(
    { data: JSON.stringify(payload), options: { ttl: PUSH_TTL_SECONDS, urgency: "normal" } },
    { endpoint, expirationTime: null, keys: { p256dh, auth } },
    vapid,
  );
  return attempt(
    env,
    new Request(endpoint, { method: "POST", headers: built.headers, body: built.body, ...NO_REDIRECT }),
  );
}

export function sendWebhook(env: Env, url: string, payload: PushPayload, origin: string): Promise<Outcome> {
  const message = webhookMessage(payload, origin);
  const body = JSON.stringify(message);
  return attempt(env, new Request(url, { method: "POST", headers: webhookHeaders(message), body, ...NO_REDIRECT }));
}

async function attempt(env: Env, request: Request): Promise<Outcome> {
  let response: Response;
  try {
    response = await sendOutbound(env, new Request(request, { signal: AbortSignal.timeout(TIMEOUT_MS) }));
  } catch {
    // A timeout or a broken connection; the reason may quote the URL, which is a capability.
    return { kind: "retry", retryAfterMs: null };
  }
  await response.body?.cancel();
  const status = response.status;
  if (status >= 200 && status < 300) return { kind: "delivered" };
  if (status === 404 || status === 410) return { kind: "gone", status };
  if (status === 429 || status >= 500) return { kind: "retry", retryAfterMs: retryAfterMs(response) };
  return { kind: "failed", status };
}

function retryAfterMs(response: Response): number | null {
  const header = response.headers.get("Retry-After");
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
