// The API mirror at /v4/*, /v4.1/* (and any /v4.N/*): any endpoint path, known to the endpoint table or not, is
// forwarded to the upstream inside the caller's rate budget; the public hosts answers come from
// KV; only keys this deployment admits get through (worker/access). Every answer is an
// AllDebrid envelope.
import { type Context, Hono } from "hono";
import { AllDebridError, API_ROUTE, INFO_HASH, isApiPath, type ResolvedEndpoint } from "../../protocol/alldebrid";
import { admittedAccount, type Caller, callerOf, requireKeylessBudget, requirePlausible } from "../access";
import type { AccountStub } from "../account";
import type { MagnetHash } from "../account/hashes";
import type { AppEnv, Env } from "../env";
import { methodNotAllowed } from "../errors";
import { answerHosts, type HostsLoader, hostsVariantOf, refreshAllHosts } from "../hosts-cache";
import { forwardCall, ownCall, type UpstreamCall } from "../upstream";
import { readCall } from "./read-call";

export const edge = new Hono<AppEnv>().all(API_ROUTE, answerApiCall);

async function answerApiCall(c: Context<AppEnv>): Promise<Response> {
  const url = new URL(c.req.url);
  const path = url.pathname.replace(/\/+$/, "");
  // What does not even look like an endpoint costs no upstream call.
  if (!isApiPath(path)) throw new AllDebridError("404");
  if (c.req.method !== "GET" && c.req.method !== "POST") throw methodNotAllowed();
  const env = c.env;
  const call = await readCall(c.req.raw, path);
  const caller = callerOf(c.req.raw, (work) => c.executionCtx.waitUntil(work));

  const hostsVariant = hostsVariantOf(call.endpoint, call.params);
  if (hostsVariant) {
    const ifNoneMatch = c.req.header("If-None-Match") ?? null;
    return answerHosts(env, caller.later!, hostsVariant, ifNoneMatch, hostsLoader(env, url.origin));
  }
  return call.apikey
    ? answerWithKey(env, call as UpstreamCall & { apikey: string }, caller)
    : answerKeyless(env, call, caller);
}

/** Keyless calls (ping, PIN sign-in, paths the table does not know) carry no account: they share a budget per address. */
async function answerKeyless(env: Env, call: UpstreamCall, caller: Caller): Promise<Response> {
  if (needsApikey(call.endpoint)) return missingApikey(call.endpoint);
  await requireKeylessBudget(env, caller.address);
  return (await forwardCall(env, caller.origin, call, { later: caller.later })).response;
}

async function answerWithKey(env: Env, call: UpstreamCall & { apikey: string }, caller: Caller): Promise<Response> {
  const { endpoint, apikey } = call;
  // A public endpoint ignores a key, as the service does.
  if (endpoint?.auth === "none") return answerKeyless(env, { ...call, apikey: null }, caller);
  requirePlausible(apikey);
  // A verification goes by its token: the still-blocked key cannot be admitted, but goes along.
  if (endpoint?.auth === "token") {
    await requireKeylessBudget(env, caller.address);
    return (await forwardCall(env, caller.origin, call, { later: caller.later })).response;
  }
  const account = await admittedAccount(env, apikey, caller);
  const lane = endpoint?.liveLane ? "live" : "bulk";
  const budget = { reserveUpstreamSlot: () => account.reserveUpstreamSlot(lane) };
  const { response, envelope } = await forwardCall(env, caller.origin, call, { budget, later: caller.later });
  if (endpoint?.pollsAfter && response.status === 200 && envelope.status === "success")
    caller.later?.(pollAfterWrite(account, uploadedHashes(envelope.data)));
  return response;
}

/** The id and hash of every magnet an upload's answer accepted (its `magnets` or `files` items). */
function uploadedHashes(data: unknown): MagnetHash[] {
  const { magnets, files } = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const items = Array.isArray(magnets) ? magnets : Array.isArray(files) ? files : [];
  return items.flatMap((item: { id?: unknown; hash?: unknown }) =>
    Number.isSafeInteger(item?.id) && typeof item.hash === "string" && INFO_HASH.test(item.hash)
      ? [{ id: item.id as number, hash: item.hash }]
      : [],
  );
}

/** A known endpoint that needs a key; a retired form answers DISCONTINUED whatever is sent. */
function needsApikey(endpoint: ResolvedEndpoint | null): endpoint is ResolvedEndpoint {
  return endpoint?.auth === "key" && endpoint.lifecycle !== "retired";
}

/** The same envelope the upstream gives, without spending an upstream call on it. */
function missingApikey(endpoint: ResolvedEndpoint): never {
  throw new AllDebridError("AUTH_MISSING_APIKEY", undefined, undefined, {
    deprecated: endpoint.lifecycle === "deprecated",
  });
}

async function pollAfterWrite(account: AccountStub, added: MagnetHash[]): Promise<void> {
  try {
    await account.pollSoon(added);
  } catch (error) {
    console.warn(`poll after a write failed: ${error instanceof Error ? error.name : "unknown"}`);
  }
}

/** Hosts answers are public: fetched without any key (a few calls per TTL, so unbudgeted). */
function hostsLoader(env: Env, origin: string): HostsLoader {
  return (variant) => {
    const [name, query] = variant.split("?") as [string, string | undefined];
    const params = Object.fromEntries(new URLSearchParams(query));
    return forwardCall(env, origin, ownCall(`/v4.1/${name}`, null, params), {});
  };
}

/** The cron trigger's job: every hosts answer fetched again, so no user meets a cold cache. */
export function refreshHostsCache(env: Env): Promise<void> {
  // No request, so no origin: the sandbox only uses it for links, which hosts answers lack.
  return refreshAllHosts(env, hostsLoader(env, "http://localhost"));
}
