// The request bodies of the deployment's own /api, written once as zod schemas: the Worker
// validates every body with them (worker/api/), and the app and the tests use the types inferred
// from them. The app imports types only (`import type`), so no zod reaches its bundle.
import { z } from "zod";

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
