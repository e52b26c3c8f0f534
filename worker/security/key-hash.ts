// A keyed hash of an apikey (HMAC-SHA-256 with the KEY_HASH_SECRET secret): it names the user's
// Durable Object and any cache entry about the user, so the key itself is never stored or shown.

import { AllDebridError } from "../../protocol/alldebrid";
import type { Env } from "../env";

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    keys.set(secret, key);
  }
  return key;
}

export async function keyedHash(env: Env, apikey: string): Promise<string> {
  const secret = env.KEY_HASH_SECRET;
  if (!secret)
    throw new AllDebridError("INTERNAL", "This deployment has no KEY_HASH_SECRET yet: run npm run deploy again");
  const signature = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(apikey));
  return [...new Uint8Array(signature)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
