// Notifications of an account, in one place: what each /api/push route answers (their request
// bodies are the zod schemas of api-bodies.ts), the JSON a service worker receives in a Web Push
// (decrypted), and the JSON a webhook receives. The push payload is language-neutral: the app
// words it in the user's language.
import { magnetGroup } from "./alldebrid/magnets";

/** GET /api/push/key: the VAPID public key, base64url, as `pushManager.subscribe({ applicationServerKey })` takes it. */
export interface PushKey {
  publicKey: string;
}

/** The answer to POST and DELETE /api/push/subscription. */
export interface PushSubscriptionState {
  endpoint: string;
  subscribed: boolean;
}

/** The answer to GET, POST and DELETE /api/push/webhook: the account's webhook, or null. */
export interface WebhookState {
  url: string | null;
}

/** One magnet that settled: Ready (statusCode 4) or an error (5 and above). */
export interface FinishedMagnet {
  id: number;
  /** The magnet's name, cut to MAX_PUSH_NAME_LENGTH characters. */
  name: string;
  statusCode: number;
}

/** Magnets that reached Ready or an error within one poll of the account. */
export interface MagnetsDonePush {
  kind: "magnets-done";
  /** Unique per event for this account: use it as the notification's tag, so a repeat replaces instead of doubling. */
  event: string;
  /** When the account's object saw it, in seconds since the epoch. */
  at: number;
  /** The magnets, in the order they settled; at most MAX_PUSH_MAGNETS. */
  magnets: FinishedMagnet[];
  /** How many of the event's magnets are Ready, and how many failed: together more than `magnets.length` when the list was cut to fit. */
  ready: number;
  failed: number;
}

/**
 * Magnets wait in the account's line (docs/caps.md) and AllDebrid has room for them now, but no
 * device is open to send them (uploads must come from a device): open the app.
 */
export interface LineCanMovePush {
  kind: "line-can-move";
  event: string;
  at: number;
  /** How many magnets wait. */
  waiting: number;
}

/** The decrypted body of every Web Push this deployment sends; a kind a device does not know is not shown. */
export type PushPayload = MagnetsDonePush | LineCanMovePush;

/** What a webhook receives (POST, JSON): ntfy (with its template headers) and Discord read it as it is. */
export interface WebhookMessage {
  /** English, for ntfy's title. */
  title: string;
  /** English, one line, for ntfy's message. */
  message: string;
  /** Discord's message text (English). */
  content: string;
  /** Discord: never ping anyone, whatever a magnet's name says. */
  allowed_mentions: { parse: [] };
  /** The app, opened on the (first) magnet. */
  click: string;
  /** The same event a device receives. */
  event: PushPayload;
}

/** The push service sandbox endpoints live under (SANDBOX_ENABLED only); webhooks there are captured too. */
export const SANDBOX_PUSH_ORIGIN = "https://push.sandbox.test";

const MAX_PUSH_MAGNETS = 20;
const MAX_PUSH_NAME_LENGTH = 120;
/** Push services must accept 4096 bytes of encrypted body; the JSON stays well under what fits in it. */
const MAX_PUSH_PAYLOAD_BYTES = 3000;

function cut(name: string): string {
  const chars = [...name];
  return chars.length <= MAX_PUSH_NAME_LENGTH ? name : `${chars.slice(0, MAX_PUSH_NAME_LENGTH - 1).join("")}…`;
}

/** The payload for magnets that settled together: names cut, the list shortened until the JSON fits. */
export function magnetsDonePayload(event: string, at: number, settled: FinishedMagnet[]): MagnetsDonePush {
  const magnets = settled
    .slice(0, MAX_PUSH_MAGNETS)
    .map((m) => ({ id: m.id, name: cut(m.name), statusCode: m.statusCode }));
  const ready = settled.filter((m) => magnetGroup(m.statusCode) === "ready").length;
  const payload: MagnetsDonePush = { kind: "magnets-done", event, at, magnets, ready, failed: settled.length - ready };
  const size = () => new TextEncoder().encode(JSON.stringify(payload)).length;
  while (payload.magnets.length > 1 && size() > MAX_PUSH_PAYLOAD_BYTES) payload.magnets.pop();
  return payload;
}
