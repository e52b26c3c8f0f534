// A VAPID key pair (RFC 8292: ECDSA P-256) in the form the Worker takes: the public key as
// base64url of its raw 65-byte point (what `pushManager.subscribe` wants), the private key as
// base64url of its scalar `d`. Used by `npm run deploy`, `npm start` and the dev server.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export async function generateVapidKeys() {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const raw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  const { d } = await crypto.subtle.exportKey("jwk", pair.privateKey);
  return { publicKey: Buffer.from(raw).toString("base64url"), privateKey: d };
}

/** The pair kept in `file` (made on first use), so local subscriptions survive a restart. */
export async function localVapidKeys(file) {
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const keys = await generateVapidKeys();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}
