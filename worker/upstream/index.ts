// The one way the Worker calls AllDebrid (or the sandbox in its place): the API mirror forwards
// a client's call as it came (forwardCall), and the Worker's own calls (a key check, a live-mode
// poll, an unlock for a player) get typed data or a typed error (callUpstream). No caller parses
// an answer by hand. Push and webhook requests leave through the same seam (outbound.ts).
import {
  AllDebridError,
  type CurrentPath,
  type DataOf,
  type ParamsOf,
  type RequestParams,
  resolveEndpoint,
} from "../../protocol/alldebrid";
import type { Env } from "../env";
import { ownCall } from "./call";
import { type ForwardOptions, forwardCall } from "./forward";

export { ownCall, type UpstreamCall } from "./call";
export { forwardCall, type UpstreamAnswer, type UpstreamBudget } from "./forward";
export { isSandboxTarget, sendOutbound } from "./outbound";

export interface OwnCallOptions extends Omit<ForwardOptions, "send"> {
  /** This deployment's origin, as a request reached it (the sandbox builds its links from it). */
  origin: string;
  apikey: string | null;
  /** GET (a read, retried on faults) unless the endpoint changes the account. */
  method?: "GET" | "POST";
}

/**
 * One call the Worker makes of its own: the endpoint's data, or an AllDebridError carrying the
 * upstream's refusal (its code, message, HTTP status and token) or a transport fault of ours.
 */
export async function callUpstream<P extends CurrentPath>(
  env: Env,
  path: P,
  params: ParamsOf<P>,
  options: OwnCallOptions,
): Promise<DataOf<P>> {
  const { origin, apikey, method, ...forward } = options;
  const write = resolveEndpoint(path)?.write === true;
  const call = ownCall(path, apikey, params as RequestParams, method ?? (write ? "POST" : "GET"));
  const { response, envelope } = await forwardCall(env, origin, call, forward);
  if (envelope.status === "success") return envelope.data as DataOf<P>;
  const { code, message, token } = envelope.error;
  const retryAfter = Number(response.headers.get("Retry-After"));
  throw new AllDebridError(code, message, response.status, {
    token,
    retryAfterSeconds: retryAfter > 0 ? retryAfter : undefined,
  });
}
