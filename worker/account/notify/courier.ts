// Delivers the outbox: each row due is sent once, and retried once after a backoff when the
// target answered 429/5xx or could not be reached; never a third time, even across an eviction
// (an attempt is recorded before it is sent). 404/410 remove the target itself.
import type { Env } from "../../env";
import { type Outcome, sendPush, sendWebhook, vapidKeys } from "./send";
import type { NotifyStore, OutboxRow } from "./store";

/** How many rows one run sends at most; the next alarm takes the rest. */
const BATCH = 50;
const MAX_RETRY_AFTER_MS = 15 * 60 * 1000;

export interface Courier {
  env: Env;
  store: NotifyStore;
  /** The deployment's origin, for the VAPID subject and the webhook's link to the app. */
  origin: string;
  /** The pause before the one retry when the target did not say (Retry-After) how long. */
  retryMs: number;
}

export async function deliverDue(courier: Courier, now = Date.now()): Promise<void> {
  await Promise.all(courier.store.due(now, BATCH).map((row) => deliver(courier, row)));
}

async function deliver(courier: Courier, row: OutboxRow): Promise<void> {
  const { store } = courier;
  // Its last attempt was cut short (the object went away mid-send): it may have arrived.
  if (row.attempts >= 2) return store.done(row.id);
  store.startAttempt(row.id);
  const outcome = await send(courier, row);
  if (outcome.kind === "gone") {
    if (row.target.kind === "push") store.unsubscribe(row.target.endpoint);
    else store.setWebhook(null);
  }
  if (outcome.kind !== "retry" || row.attempts >= 1) return store.done(row.id);
  const pause = outcome.retryAfterMs ?? courier.retryMs * (1 + Math.random() * 0.2);
  store.retryAt(row.id, Date.now() + Math.min(Math.max(pause, courier.retryMs), MAX_RETRY_AFTER_MS));
}

async function send(courier: Courier, row: OutboxRow): Promise<Outcome> {
  const { env, store, origin } = courier;
  const dropped: Outcome = { kind: "failed", status: 0 };
  try {
    if (row.target.kind === "webhook") {
      const url = store.webhook();
      return url ? await sendWebhook(env, url, row.payload, origin) : dropped;
    }
    const subscription = store.subscription(row.target.endpoint);
    const vapid = vapidKeys(env, origin);
    return subscription && vapid ? await sendPush(env, subscription, row.payload, vapid) : dropped;
  } catch (error) {
    // Keys the library cannot use (a broken subscription): nothing to retry. Log the kind only.
    console.warn(`notification not sent: ${error instanceof Error ? error.name : typeof error}`);
    return dropped;
  }
}
