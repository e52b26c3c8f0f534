// Test helpers for notifications: a browser-like push subscription (its own P-256 key pair and
// auth secret) under the sandbox's push service, what the sandbox received for it, an RFC 8291
// decryption written independently of the library that encrypts, and an RFC 8292 VAPID check.
import { exports } from "cloudflare:workers";
import type { PushSubscriptionBody } from "../../protocol/api-bodies";
import type { MagnetsDonePush, PushPayload } from "../../protocol/push";
import { ORIGIN } from "./live-helpers";

const encoder = new TextEncoder();

export interface Captured {
  method: string;
  headers: Record<string, string>;
  body: string;
  receivedAt: number;
  answered: number;
}

/** A device's subscription: what it sends to POST /api/push/subscription, and its private key. */
export interface TestSubscription {
  body: PushSubscriptionBody;
  privateKey: CryptoKey;
  publicRaw: Uint8Array;
  auth: Uint8Array;
}

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
const fromB64 = (text: string) =>
  Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (c) => c.charCodeAt(0));

export async function newSubscription(): Promise<TestSubscription> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, [
    "deriveBits",
  ])) as CryptoKeyPair;
  const publicRaw = new Uint8Array((await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer);
  const auth = crypto.getRandomValues(new Uint8Array(16));
  const endpoint = `https://push.sandbox.test/device/${crypto.randomUUID()}`;
  return {
    body: { endpoint, expirationTime: null, keys: { p256dh: b64url(publicRaw), auth: b64url(auth) } },
    privateKey: pair.privateKey,
    publicRaw,
    auth,
  };
}

export function pushApi(path: string, apikey: string | null, method = "GET", body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (apikey) headers.Authorization = `Bearer ${apikey}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return exports.default.fetch(`${ORIGIN}/api/push${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** An upload through the edge, as the app makes it: the edge then asks the account's object to poll soon. */
export async function uploadThroughEdge(apikey: string, hash: string): Promise<number> {
  const response = await exports.default.fetch(`${ORIGIN}/v4.1/magnet/upload`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apikey}` },
    body: new URLSearchParams([["magnets[]", `magnet:?xt=urn:btih:${hash}`]]),
  });
  const body = await response.json<{ data?: { magnets: Array<{ id: number }> } }>();
  const id = body.data?.magnets[0]?.id;
  if (id === undefined) throw new Error(`upload answered ${response.status}`);
  return id;
}

export async function subscribe(apikey: string, subscription: TestSubscription): Promise<void> {
  const response = await pushApi("/subscription", apikey, "POST", subscription.body);
  if (response.status !== 200) throw new Error(`subscribe answered ${response.status}: ${await response.text()}`);
}

/** What the sandbox's push service received at `url`, oldest first. */
export async function received(url: string): Promise<Captured[]> {
  const response = await exports.default.fetch(`${ORIGIN}/sandbox/push?endpoint=${encodeURIComponent(url)}`);
  return (await response.json<{ data: { requests: Captured[] } }>()).data.requests;
}

export async function setPushFaults(url: string, faults: object[]): Promise<void> {
  const response = await exports.default.fetch(`${ORIGIN}/sandbox/push/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ endpoint: url, faults }),
  });
  if (response.status !== 200) throw new Error(`push faults answered ${response.status}`);
}

async function hkdf(salt: Uint8Array, ikm: CryptoKey | Uint8Array, info: Uint8Array, bits: number) {
  const key =
    ikm instanceof Uint8Array ? await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]) : ikm;
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info }, key, bits));
}

/**
 * Opens an aes128gcm Web Push body (RFC 8291 §3.4, RFC 8188 §2) with the subscription's private
 * key; read as the kind the test expects (magnets-done unless it says otherwise).
 */
export async function decrypt<T extends PushPayload = MagnetsDonePush>(
  captured: Captured,
  subscription: TestSubscription,
): Promise<T> {
  const body = fromB64(captured.body);
  const salt = body.slice(0, 16);
  const idLength = body[20] ?? 0;
  const serverPublic = body.slice(21, 21 + idLength);
  const ciphertext = body.slice(21 + idLength);
  const serverKey = await crypto.subtle.importKey(
    "raw",
    serverPublic,
    { name: "ECDH", namedCurve: "P-256" },
    false,
    [],
  );
  // workers-types spell the ECDH parameter `$public`; the runtime reads `public`, as Web Crypto defines it.
  const ecdh = { name: "ECDH", public: serverKey } as unknown as SubtleCryptoDeriveKeyAlgorithm;
  const shared = new Uint8Array(await crypto.subtle.deriveBits(ecdh, subscription.privateKey, 256));
  const keyInfo = new Uint8Array([...encoder.encode("WebPush: info\0"), ...subscription.publicRaw, ...serverPublic]);
  const ikm = await hkdf(subscription.auth, shared, keyInfo, 256);
  const cek = await hkdf(salt, ikm, encoder.encode("Content-Encoding: aes128gcm\0"), 128);
  const nonce = await hkdf(salt, ikm, encoder.encode("Content-Encoding: nonce\0"), 96);
  const key = await crypto.subtle.importKey("raw", cek, "AES-GCM", false, ["decrypt"]);
  const padded = new Uint8Array(await crypto.subtle.decrypt({ name: "AES-GCM", iv: nonce }, key, ciphertext));
  // The last record: the text, a 0x02 delimiter, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("no last-record delimiter");
  return JSON.parse(new TextDecoder().decode(padded.slice(0, end))) as T;
}

/** Checks `Authorization: vapid t=JWT, k=KEY` (RFC 8292): the key, the ES256 signature, aud, exp and sub. */
export async function verifyVapid(captured: Captured, publicKey: string, endpoint: string) {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(captured.headers.authorization ?? "");
  if (!match) throw new Error(`not a vapid authorization: ${captured.headers.authorization}`);
  const [, jwt = "", k] = match;
  if (k !== publicKey) throw new Error("k is not the deployment's public key");
  const [header = "", claims = "", signature = ""] = jwt.split(".");
  const key = await crypto.subtle.importKey("raw", fromB64(publicKey), { name: "ECDSA", namedCurve: "P-256" }, false, [
    "verify",
  ]);
  const valid = await crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    fromB64(signature),
    encoder.encode(`${header}.${claims}`),
  );
  const decode = (part: string) => JSON.parse(new TextDecoder().decode(fromB64(part)));
  return { valid, header: decode(header), claims: decode(claims), audience: new URL(endpoint).origin };
}
