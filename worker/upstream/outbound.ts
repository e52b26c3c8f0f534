// The one way out of the Worker: AllDebrid calls, Cinemeta look-ups, Web Pushes and webhooks all
// leave through sendOutbound. Where the built-in sandbox stands in for the world (UPSTREAM_URL
// "sandbox", or a push target under SANDBOX_PUSH_ORIGIN while the sandbox runs), the request is
// answered in process, with no network, and AllDebrid calls are marked as coming from a server.
import { AllDebridError } from "../../protocol/alldebrid";
import { SANDBOX_PUSH_ORIGIN } from "../../protocol/push";
import { type Env, isSandboxUpstream } from "../env";
import { errorResponse } from "../errors";
import { sandboxFetch } from "../sandbox";
import { EDGE_MARK } from "../sandbox/call";
import { cinemetaAnswer, isCinemetaStandIn } from "../sandbox/cinemeta";
import { sandboxPushFetch } from "../sandbox/push";

/** The base URL of AllDebrid as seen from `origin` (this deployment's own origin). */
export function upstreamBase(env: Env, origin: string): string {
  return isSandboxUpstream(env) ? `${origin}/sandbox` : env.UPSTREAM_URL.replace(/\/$/, "");
}

/** True for a URL the sandbox receives in process (only while the sandbox is enabled). */
export function isSandboxTarget(env: Env, url: string): boolean {
  return env.SANDBOX_ENABLED === "true" && url.startsWith(`${SANDBOX_PUSH_ORIGIN}/`);
}

/** Marks an AllDebrid request for the sandbox: it answers it as the service answers a server. */
export function markForSandbox(env: Env, headers: Headers): void {
  if (isSandboxUpstream(env)) headers.set(EDGE_MARK, "1");
}

/**
 * Sends a request; rejects on a transport failure only. The request's own `redirect` and
 * `signal` apply (push and webhooks follow no redirect and carry a timeout).
 */
export async function sendOutbound(env: Env, request: Request): Promise<Response> {
  if (isSandboxUpstream(env) && request.headers.has(EDGE_MARK))
    return isCinemetaStandIn(request.url) ? cinemetaAnswer(request.url) : answerBySandbox(env, request);
  if (isSandboxTarget(env, request.url)) return sandboxPushFetch(env, request);
  return fetch(request);
}

async function answerBySandbox(env: Env, request: Request): Promise<Response> {
  try {
    return await sandboxFetch(request, env);
  } catch (error) {
    // An error the sandbox throws (a form it cannot read) is its answer, as over HTTP;
    // only a simulated dropped connection is a transport failure.
    if (error instanceof AllDebridError) return errorResponse(error);
    throw error;
  }
}
