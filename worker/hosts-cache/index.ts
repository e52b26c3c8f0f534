// The public hosts endpoints answered from KV: fresh entries straight away, expired ones too
// while a background refresh runs (so no user waits, and an upstream outage still gets an
// answer), a cold entry fetched once and stored. ETag/If-None-Match and RFC 9211 Cache-Status.
import { AllDebridError, JSON_CONTENT_TYPE, type ResolvedEndpoint } from "../../protocol/alldebrid";
import { configOf } from "../config";
import type { Env } from "../env";
import type { UpstreamAnswer } from "../upstream";
import { etagOf, HOSTS_VARIANTS, type HostsEntry, type HostsVariant, readHostsEntry, writeHostsEntry } from "./store";

export { type HostsVariant, hostsCacheAgeSeconds } from "./store";

/** Fetches one hosts answer from the upstream: its envelope, or an AllDebridError thrown for a transport fault. */
export type HostsLoader = (variant: HostsVariant) => Promise<UpstreamAnswer>;

const CACHE_NAME = "alldebrid-edge";
/** Refreshes already running in this isolate: a burst of stale hits starts only one. */
const refreshing = new Set<HostsVariant>();

/** The cache entry that answers a call, or null when the call is not a cached hosts call. */
export function hostsVariantOf(endpoint: ResolvedEndpoint | null, params: URLSearchParams): HostsVariant | null {
  if (!endpoint?.publicCache) return null;
  if (endpoint.name === "hosts/domains" || endpoint.name === "hosts/priority") return endpoint.name;
  const hostsOnly = params.get("hostsOnly");
  return hostsOnly !== null && hostsOnly !== "false" && hostsOnly !== "0" ? "hosts?hostsOnly=true" : "hosts";
}

export async function answerHosts(
  env: Env,
  waitUntil: (work: Promise<unknown>) => void,
  variant: HostsVariant,
  ifNoneMatch: string | null,
  load: HostsLoader,
  now = Date.now(),
): Promise<Response> {
  const entry = await readHostsEntry(env.HOSTS_CACHE, variant);
  if (!entry) return answerCold(env, waitUntil, variant, ifNoneMatch, load, now);
  const ttlLeft = configOf(env).hostsTtlSeconds - Math.floor((now - entry.fetchedAt) / 1000);
  if (ttlLeft > 0) return cachedResponse(entry, `hit; ttl=${ttlLeft}`, ifNoneMatch);
  if (!refreshing.has(variant)) {
    refreshing.add(variant);
    waitUntil(refreshHosts(env, variant, load).finally(() => refreshing.delete(variant)));
  }
  return cachedResponse(entry, `fwd=stale; ttl=${ttlLeft}`, ifNoneMatch);
}

async function answerCold(
  env: Env,
  waitUntil: (work: Promise<unknown>) => void,
  variant: HostsVariant,
  ifNoneMatch: string | null,
  load: HostsLoader,
  now: number,
): Promise<Response> {
  const answer = await load(variant);
  const { response } = answer;
  const body = await response.text();
  if (!isStorable(answer)) {
    const headers = new Headers(response.headers);
    headers.set("Cache-Status", `${CACHE_NAME}; fwd=miss; fwd-status=${response.status}`);
    return new Response(body, { status: response.status, headers });
  }
  const entry: HostsEntry = { body, etag: await etagOf(body), fetchedAt: now };
  waitUntil(writeHostsEntry(env.HOSTS_CACHE, variant, body, now));
  return cachedResponse(entry, `fwd=miss; stored; ttl=${configOf(env).hostsTtlSeconds}`, ifNoneMatch);
}

/** Fetches and stores one answer; a failed fetch keeps the old entry. */
async function refreshHosts(env: Env, variant: HostsVariant, load: HostsLoader): Promise<boolean> {
  let outcome: string;
  try {
    const answer = await load(variant);
    if (isStorable(answer)) {
      await writeHostsEntry(env.HOSTS_CACHE, variant, await answer.response.text(), Date.now());
      return true;
    }
    outcome = `HTTP ${answer.response.status}`;
  } catch (error) {
    outcome = error instanceof AllDebridError ? error.code : "an unexpected error";
  }
  console.warn(`hosts cache: refresh of ${variant} failed with ${outcome}, keeping the old entry`);
  return false;
}

/** The cron trigger: every hosts answer, one after the other (they share one rate budget). */
export async function refreshAllHosts(env: Env, load: HostsLoader): Promise<void> {
  for (const variant of HOSTS_VARIANTS) await refreshHosts(env, variant, load);
}

/** Only a successful envelope is kept: an error would be served for hours. */
function isStorable({ response, envelope }: UpstreamAnswer): boolean {
  return response.status === 200 && envelope.status === "success";
}

function cachedResponse(entry: HostsEntry, cacheStatus: string, ifNoneMatch: string | null): Response {
  const headers = new Headers({
    ETag: entry.etag,
    "Cache-Status": `${CACHE_NAME}; ${cacheStatus}`,
    // Browsers keep a copy but ask again each time; the ETag makes asking cheap.
    "Cache-Control": "no-cache",
  });
  if (etagMatches(ifNoneMatch, entry.etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", JSON_CONTENT_TYPE);
  return new Response(entry.body, { status: 200, headers });
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored. */
function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}
