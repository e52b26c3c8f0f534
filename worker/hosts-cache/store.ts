// The hosts cache in KV: one entry per public hosts answer, under a versioned key prefix.
// Only the upstream's public hosts envelopes go in here: never an apikey, never per-user data.
import { ENDPOINT_NAMES, ENDPOINTS, type EndpointName } from "../../protocol/alldebrid";

const HOSTS_CACHE_PREFIX = "hosts:v2:";

/** The endpoints the table marks `publicCache` (hosts, hosts/domains, hosts/priority). */
type CachedName = {
  [N in EndpointName]: (typeof ENDPOINTS)[N] extends { publicCache: true } ? N : never;
}[EndpointName];

/**
 * The cached answers: each public-cache endpoint by name, and hosts' hostsOnly form as an entry of
 * its own. They are the same under /v4/ and /v4.1/, so one entry serves both.
 */
export type HostsVariant = CachedName | "hosts?hostsOnly=true";
export const HOSTS_VARIANTS: readonly HostsVariant[] = [
  ...ENDPOINT_NAMES.filter((name): name is CachedName => "publicCache" in ENDPOINTS[name]),
  "hosts?hostsOnly=true",
];

interface HostsEntryMeta {
  etag: string;
  /** Milliseconds since the epoch when the upstream gave this answer. */
  fetchedAt: number;
}

export interface HostsEntry extends HostsEntryMeta {
  body: string;
}

/** The KV key of a variant. */
function hostsKey(variant: HostsVariant): string {
  return HOSTS_CACHE_PREFIX + variant;
}

export async function readHostsEntry(kv: KVNamespace, variant: HostsVariant): Promise<HostsEntry | null> {
  const { value, metadata } = await kv.getWithMetadata<HostsEntryMeta>(hostsKey(variant), "text");
  if (value === null || !metadata) return null;
  return { body: value, etag: metadata.etag, fetchedAt: metadata.fetchedAt };
}

export async function writeHostsEntry(
  kv: KVNamespace,
  variant: HostsVariant,
  body: string,
  now: number,
): Promise<HostsEntry> {
  const meta: HostsEntryMeta = { etag: await etagOf(body), fetchedAt: now };
  await kv.put(hostsKey(variant), body, { metadata: meta });
  return { body, ...meta };
}

/** A strong validator: the first 128 bits of the body's SHA-256. */
export async function etagOf(body: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
  const hex = [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `"${hex}"`;
}

/** Age in seconds of the oldest cached answer, or null when the cache is empty. */
export async function hostsCacheAgeSeconds(kv: KVNamespace, now: number): Promise<number | null> {
  const listed = await kv.list<HostsEntryMeta>({ prefix: HOSTS_CACHE_PREFIX });
  const fetched = listed.keys.map((k) => k.metadata?.fetchedAt).filter((t): t is number => typeof t === "number");
  if (fetched.length === 0) return null;
  return Math.max(0, Math.floor((now - Math.min(...fetched)) / 1000));
}
