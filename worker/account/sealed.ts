// Authenticated encryption (AES-GCM) with keys derived from KEY_HASH_SECRET, one key per purpose:
// the apikey at rest in the user's object, live tickets, and the Stremio add-on's token (kept so the
// account can be shown its link again). A sealed text is base64url(iv ‖ ciphertext).
import type { Env } from "../env";

export type SealPurpose = "live-apikey-v1" | "live-ticket-v1" | "stremio-token-v1";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keys = new Map<string, Promise<CryptoKey>>();

function sealKey(env: Env, purpose: SealPurpose): Promise<CryptoKey> {
  const secret = env.KEY_HASH_SECRET;
  if (!secret) throw new Error("KEY_HASH_SECRET is not set (wrangler secret put KEY_HASH_SECRET)");
  const cacheKey = `${purpose}\n${secret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = crypto.subtle
      .importKey("raw", encoder.encode(secret), "HKDF", false, ["deriveKey"])
      .then((base) =>
        crypto.subtle.deriveKey(
          { name: "HKDF", hash: "SHA-256", salt: encoder.encode("alldebrid-edge"), info: encoder.encode(purpose) },
          base,
          { name: "AES-GCM", length: 256 },
          false,
          ["encrypt", "decrypt"],
        ),
      );
    keys.set(cacheKey, key);
  }
  return key;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Encrypts `plain`, bound to `context` (it must be given again to open). */
export async function seal(env: Env, purpose: SealPurpose, plain: string, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: encoder.encode(context) },
    await sealKey(env, purpose),
    encoder.encode(plain),
  );
  const out = new Uint8Array(12 + cipher.byteLength);
  out.set(iv);
  out.set(new Uint8Array(cipher), 12);
  return toBase64Url(out);
}

/** The plain text, or null when the sealed text was altered, made for another context, or is not ours. */
export async function unseal(env: Env, purpose: SealPurpose, sealed: string, context: string): Promise<string | null> {
  const bytes = fromBase64Url(sealed);
  if (!bytes || bytes.length < 12 + 16) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: bytes.slice(0, 12), additionalData: encoder.encode(context) },
      await sealKey(env, purpose),
      bytes.slice(12),
    );
    return decoder.decode(plain);
  } catch {
    return null;
  }
}

/** A random token of `bytes` bytes, base64url. */
export function randomToken(bytes = 16): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}
