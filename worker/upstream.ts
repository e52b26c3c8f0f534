// Where AllDebrid calls go: the real API in production, or the built-in sandbox, called in
// process (no network) and marked as coming from the edge so server-only refusals apply.

import { AllDebridError } from "../protocol/alldebrid";
import { type Env, isSandboxUpstream } from "./env";
import { errorResponse } from "./errors";
import { sandboxFetch } from "./sandbox";
import { EDGE_MARK } from "./sandbox/call";

/** The base URL of the upstream as seen from `origin` (this deployment's own origin). */
export function upstreamBase(env: Env, origin: string): string {
  return isSandboxUpstream(env) ? `${origin}/sandbox` : env.UPSTREAM_URL.replace(/\/$/, "");
}

/** Sends a request built against upstreamBase(); rejects on a transport failure only. */
export async function upstreamFetch(env: Env, request: Request): Promise<Response> {
  if (!isSandboxUpstream(env)) return fetch(request);
  const marked = new Request(request);
  marked.headers.set(EDGE_MARK, "1");
  try {
    return await sandboxFetch(marked, env);
  } catch (error) {
    // An error the sandbox throws (a form it cannot read) is its answer, as over HTTP;
    // only a simulated dropped connection is a transport failure.
    if (error instanceof AllDebridError) return errorResponse(error);
    throw error;
  }
}
