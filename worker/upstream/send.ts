// One attempt at AllDebrid: builds the request (apikey as Bearer only), waits at most
// UPSTREAM_TIMEOUT_MS for the whole answer, and says plainly what came back.
import { configOf } from "../config";
import type { Env } from "../env";
import type { UpstreamCall } from "./call";
import { markForSandbox, sendOutbound, upstreamBase } from "./outbound";

/** What one attempt produced: an answer (any status, any body), a timeout or a broken connection. */
export type Attempt =
  | { kind: "answer"; status: number; text: string; contentType: string; retryAfter: string | null }
  | { kind: "timeout" }
  | { kind: "dropped" };

/** How a request reaches the upstream; tests swap in a failing one. */
export type UpstreamSender = (request: Request) => Promise<Response>;

function buildUpstreamRequest(env: Env, origin: string, call: UpstreamCall, signal?: AbortSignal): Request {
  const headers = new Headers({ Accept: "application/json" });
  if (call.apikey) headers.set("Authorization", `Bearer ${call.apikey}`);
  if (call.body?.contentType) headers.set("Content-Type", call.body.contentType);
  markForSandbox(env, headers);
  const url = `${upstreamBase(env, origin)}${call.path}${call.search}`;
  return new Request(url, { method: call.method, headers, body: call.body?.bytes, signal });
}

export async function attemptUpstream(
  env: Env,
  origin: string,
  call: UpstreamCall,
  send: UpstreamSender = (request) => sendOutbound(env, request),
): Promise<Attempt> {
  const abort = new AbortController();
  let timer: number | null = null;
  const timedOut = new Promise<Attempt>((resolve) => {
    timer = setTimeout(() => {
      abort.abort();
      resolve({ kind: "timeout" });
    }, configOf(env).upstreamTimeoutMs);
  });
  const answered = (async (): Promise<Attempt> => {
    try {
      const response = await send(buildUpstreamRequest(env, origin, call, abort.signal));
      const text = await response.text();
      return {
        kind: "answer",
        status: response.status,
        text,
        contentType: response.headers.get("Content-Type") ?? "",
        retryAfter: response.headers.get("Retry-After"),
      };
    } catch {
      // The reason may quote the URL or a header; only the fact of the failure is kept.
      return { kind: "dropped" };
    }
  })();
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
