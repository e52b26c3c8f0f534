// This device's Web Push subscription, kept in step with the account's object: turned on (the
// browser's permission, the deployment's VAPID key, pushManager.subscribe, given up after 6 s
// when the browser has no push service, POST), turned off
// (DELETE, then unsubscribe()), posted again at each start while on, and dropped at sign-out.
// The choice is this device's own, kept in IndexedDB with the language notifications speak.
import { AllDebridError } from "../../protocol/alldebrid";
import type { PushSubscriptionBody, PushUnsubscribeBody } from "../../protocol/api-bodies";
import type { PushKey, PushSubscriptionState } from "../../protocol/push";
import { appApi } from "../api/app-api";
import { getSetting, setSetting } from "../offline/db";

/** Why notifications could not be turned on, in words the settings screen shows. */
export type PushProblem = "unsupported" | "denied" | "dismissed" | "unavailable" | "failed" | "noPushService";

/**
 * A browser without a push service (a phone without Google services, a headless one) never
 * answers a subscription: after this long it is given up, well within 10 s.
 */
const SUBSCRIBE_TIMEOUT_MS = 6_000;

export class PushRefused extends Error {
  constructor(readonly problem: PushProblem) {
    super(problem);
  }
}

const ON = "notificationsOn";

export function pushSupported(): boolean {
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

export async function notificationsOn(): Promise<boolean> {
  return pushSupported() && Notification.permission === "granted" && (await getSetting<boolean>(ON)) === true;
}

let deploymentKey: Promise<string | null> | undefined;

/**
 * The deployment's VAPID key, or null when it sends no notifications (its /api/push answers 404):
 * asked once per page load by Settings, the question after an add and the start-up refresh
 * alike; a failed ask is not kept.
 */
export function pushKey(): Promise<string | null> {
  deploymentKey ??= askPushKey().catch((error: unknown) => {
    deploymentKey = undefined;
    throw error;
  });
  return deploymentKey;
}

async function askPushKey(): Promise<string | null> {
  try {
    return (await appApi<PushKey>("/api/push/key")).publicKey;
  } catch (error) {
    if (error instanceof AllDebridError && error.status === 404) return null;
    throw error;
  }
}

/** Asks the browser (the permission prompt, only now), subscribes, and tells the account's object. */
export async function turnOn(apikey: string): Promise<void> {
  if (!pushSupported()) throw new PushRefused("unsupported");
  const permission = await Notification.requestPermission();
  if (permission === "denied") throw new PushRefused("denied");
  if (permission !== "granted") throw new PushRefused("dismissed");
  const key = await pushKey();
  if (!key) throw new PushRefused("unavailable");
  const subscription = await withTimeout(subscribed(key), SUBSCRIBE_TIMEOUT_MS, new PushRefused("noPushService")).catch(
    (error: unknown) => {
      throw error instanceof PushRefused ? error : new PushRefused("failed");
    },
  );
  await post(apikey, subscription);
  await setSetting(ON, true);
}

export async function turnOff(apikey: string): Promise<void> {
  await setSetting(ON, false);
  await leave(apikey);
}

/** At each start while on: the same subscription posted again (cheap), or a fresh one if the key changed. */
export async function refreshSubscription(apikey: string): Promise<void> {
  if (!(await notificationsOn())) return;
  const key = await pushKey();
  if (key)
    await post(apikey, await withTimeout(subscribed(key), SUBSCRIBE_TIMEOUT_MS, new PushRefused("noPushService")));
}

/** The promise's outcome, or `failure` once `ms` have passed without one. */
function withTimeout<T>(promise: Promise<T>, ms: number, failure: Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failure), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Signing out: this device stops receiving the account's notifications (best effort, the key is going). */
export async function leave(apikey: string): Promise<void> {
  if (!pushSupported()) return;
  const registration = await navigator.serviceWorker.getRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (!subscription) return;
  await appApi<PushSubscriptionState>("/api/push/subscription", {
    method: "DELETE",
    apikey,
    json: { endpoint: subscription.endpoint } satisfies PushUnsubscribeBody,
  }).catch(() => undefined);
  await subscription.unsubscribe().catch(() => false);
}

async function subscribed(key: string): Promise<PushSubscription> {
  const registration = await navigator.serviceWorker.ready;
  const current = await registration.pushManager.getSubscription();
  if (current && sameKey(current, key)) return current;
  await current?.unsubscribe();
  return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
}

function sameKey(subscription: PushSubscription, key: string): boolean {
  const held = subscription.options.applicationServerKey;
  if (!held) return true;
  const base64url = btoa(String.fromCharCode(...new Uint8Array(held)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
  return base64url === key.replace(/=+$/, "");
}

async function post(apikey: string, subscription: PushSubscription): Promise<void> {
  const json = subscription.toJSON() as PushSubscriptionBody;
  await appApi<PushSubscriptionState>("/api/push/subscription", { method: "POST", apikey, json });
}
