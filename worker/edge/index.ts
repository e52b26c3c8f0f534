// The API mirror at /v4/* and /v4.1/*: every documented AllDebrid endpoint, forwarded to the
// upstream inside the caller's rate budget, the public hosts answers served from KV, an
// allowlist of users when configured. Every answer is an AllDebrid envelope.
import { type Context, Hono } from "hono";
import {
  AllDebridError,
  DEPRECATED_ENDPOINTS,
  type EndpointPath,
  errorEnvelope,
  isEndpointPath,
  PUBLIC_ENDPOINTS,
} from "../../protocol/alldebrid";
import type { AppEnv, Env } from "../env";
import { errorResponse, notFound } from "../errors";
import { answerHosts, type HostsLoader, hostsVariantOf, refreshAllHosts } from "../hosts-cache";
import { checkAllowedUser, upstreamUserLookup } from "../security/allowlist";
import { accountStub } from "../security/key-hash";
import { type EdgeCall, readCall } from "./call";
import { forwardCall } from "./forward";

/** Writes after which every device should see the change soon: the account polls upstream. */
const POLL_AFTER: ReadonlySet<EndpointPath> = new Set<EndpointPath>([
  "/v4/magnet/upload",
  "/v4/magnet/upload/file",
  "/v4/magnet/delete",
  "/v4/magnet/restart",
]);

export const edge = new Hono<AppEnv>().all("/v4/*", answerApiCall).all("/v4.1/*", answerApiCall);

async function answerApiCall(c: Context<AppEnv>): Promise<Response> {
  const url = new URL(c.req.url);
  const path = url.pathname.replace(/\/+$/, "");
  if (!isEndpointPath(path)) return notFound();
  if (c.req.method !== "GET" && c.req.method !== "POST") {
    const error = new AllDebridError("BAD_REQUEST", "Only GET and POST are accepted", 405);
    return errorResponse(error, { Allow: "GET, POST" });
  }
  const env = c.env;
  const call = await readCall(c.req.raw, path);
  const waitUntil = (work: Promise<unknown>) => c.executionCtx.waitUntil(work);

  const hostsVariant = hostsVariantOf(path, call.params);
  if (hostsVariant) {
    const ifNoneMatch = c.req.header("If-None-Match") ?? null;
    return answerHosts(env, waitUntil, hostsVariant, ifNoneMatch, hostsLoader(env, url.origin));
  }

  const apikey = call.apikey;
  if (!apikey) {
    if (!PUBLIC_ENDPOINTS.has(path)) return missingApikey(path);
    // Keyless calls (ping, PIN sign-in) carry no account to budget: see docs/edge.md.
    return forwardCall(env, url.origin, call, { later: waitUntil });
  }
  const budget = await accountStub(env, apikey);
  const lookup = upstreamUserLookup(env, url.origin, apikey, { budget, later: waitUntil });
  const denied = await checkAllowedUser(env, apikey, lookup);
  if (denied) return denied;
  const response = await forwardCall(env, url.origin, call, { budget, later: waitUntil });
  if (POLL_AFTER.has(path)) waitUntil(pollAfterWrite(env, apikey, response.clone()));
  return response;
}

/** The same envelope the upstream gives, without spending an upstream call on it. */
function missingApikey(path: EndpointPath): Response {
  const deprecated = DEPRECATED_ENDPOINTS.has(path) ? { deprecated: true } : {};
  return Response.json({ ...errorEnvelope("AUTH_MISSING_APIKEY"), ...deprecated });
}

async function pollAfterWrite(env: Env, apikey: string, response: Response): Promise<void> {
  if (response.status !== 200) return;
  const body = await response.json<{ status?: string }>().catch(() => null);
  if (body?.status !== "success") return;
  try {
    await (await accountStub(env, apikey)).pollSoon();
  } catch (error) {
    console.warn(`poll after a write failed: ${error instanceof Error ? error.name : "unknown"}`);
  }
}

/** Hosts answers are public: fetched without any key (a few calls per TTL, so unbudgeted). */
export function hostsLoader(env: Env, origin: string): HostsLoader {
  return (variant) => {
    const [path, query] = variant.split("?") as [EndpointPath, string | undefined];
    const search = query ? `?${query}` : "";
    const call: EdgeCall = { path, method: "GET", search, params: new URLSearchParams(query), apikey: null };
    return forwardCall(env, origin, call, {});
  };
}

/** The cron trigger's job: every hosts answer fetched again, so no user meets a cold cache. */
export function refreshHostsCache(env: Env): Promise<void> {
  // No request, so no origin: the sandbox only uses it for links, which hosts answers lack.
  return refreshAllHosts(env, hostsLoader(env, "http://localhost"));
}
