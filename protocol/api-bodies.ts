// The request bodies of the deployment's own /api, written once as zod schemas: the Worker
// validates every body with them (worker/api/), and the app and the tests use the types inferred
// from them. The app imports types only (`import type`), so no zod reaches its bundle.
import { z } from "zod";
import { INFO_HASH, infoHashOf } from "./alldebrid/magnets";
import { CLEANUP_LIMITS, MAX_OLDEST } from "./cleanup";
import { MAX_WAITING } from "./line";

/** The raw bytes of a base64url text, or null when it is not one. */
export function base64UrlBytes(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** A base64url key of `bytes` bytes (RFC 8291: p256dh is an uncompressed P-256 point, auth 16 bytes). */
const keyOf = (bytes: number, what: string) =>
  z
    .string()
    .max(200)
    .refine((text) => base64UrlBytes(text)?.length === bytes, { message: `must be ${what}, base64url` });

const endpoint = z.string().min(1).max(2048);

/** POST /api/push/subscription: the browser's `PushSubscription.toJSON()`. */
export const pushSubscriptionBody = z.object({
  endpoint,
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: keyOf(65, "a P-256 public key (65 bytes)"), auth: keyOf(16, "16 bytes") }),
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBody>;

/** DELETE /api/push/subscription. */
export const pushUnsubscribeBody = z.object({ endpoint });
export type PushUnsubscribeBody = z.infer<typeof pushUnsubscribeBody>;

/** POST /api/push/webhook. */
export const webhookBody = z.object({ url: z.string().min(1).max(2048) });
export type WebhookBody = z.infer<typeof webhookBody>;

const rule = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max).nullable();

/** POST /api/cleanup: both rules, whole numbers in range or null (off), and nothing else (docs/caps.md). */
export const cleanupRulesBody = z.strictObject({
  keepFinished: rule(CLEANUP_LIMITS.keepFinished),
  finishedForDays: rule(CLEANUP_LIMITS.finishedForDays),
});
export type CleanupRulesBody = z.infer<typeof cleanupRulesBody>;

/** POST /api/cleanup/oldest: how many of the oldest finished magnets to delete now. */
export const oldestBody = z.strictObject({ count: z.number().int().min(1).max(MAX_OLDEST) });
export type OldestBody = z.infer<typeof oldestBody>;

const magnet = z
  .string()
  .max(4096)
  .refine((text) => infoHashOf(text) !== null, { message: "must be a magnet link or an info hash" });

/** POST /api/line: magnets refused at 30 active, to wait (a magnet already waiting keeps its place). */
export const joinLineBody = z.strictObject({
  magnets: z
    .array(z.strictObject({ magnet, name: z.string().max(300).optional() }))
    .min(1)
    .max(MAX_WAITING),
});
export type JoinLineBody = z.infer<typeof joinLineBody>;

const lineId = z.number().int().positive();

/** POST /api/line/done: what became of taken magnets: sent (or refused for good) leave, waiting go back. */
export const lineDoneBody = z.strictObject({
  sent: z.array(lineId).max(MAX_WAITING),
  waiting: z.array(lineId).max(MAX_WAITING),
});
export type LineDoneBody = z.infer<typeof lineDoneBody>;

/** POST /api/magnets/added: magnets a device uploaded itself, so the deployment keeps their hashes and polls. */
export const addedMagnetsBody = z.strictObject({
  magnets: z
    .array(z.strictObject({ id: z.number().int().positive(), hash: z.string().regex(INFO_HASH) }))
    .min(1)
    .max(1000),
});
export type AddedMagnetsBody = z.infer<typeof addedMagnetsBody>;
