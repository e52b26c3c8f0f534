// One call on its way to AllDebrid, as the upstream layer sends it: the path, what the endpoint
// table knows of it, the query and body as they will go, and the apikey (sent as Bearer only).
// The edge builds one from a client's request (edge/read-call.ts); the Worker's own calls use ownCall.
import { encodeParams, type RequestParams, type ResolvedEndpoint, resolveEndpoint } from "../../protocol/alldebrid";

export interface UpstreamCall {
  /** The path under /v4/ or /v4.1/, as called (known to the endpoint table or not). */
  path: string;
  /** What the endpoint table knows of it; null for a path it does not know. */
  endpoint: ResolvedEndpoint | null;
  method: "GET" | "POST";
  /** The query string without any apikey, "" or starting with "?". */
  search: string;
  body?: { bytes: Uint8Array | FormData | string; contentType: string };
  /** Every text parameter from the query and the form (without the apikey), for cache keys. */
  params: URLSearchParams;
  apikey: string | null;
}

const FORM = "application/x-www-form-urlencoded";

/**
 * A call the Worker makes of its own: a GET with the parameters in the query (reads, so a retry
 * is safe), or a POST with them as a form (writes, sent once).
 */
export function ownCall(
  path: string,
  apikey: string | null,
  params: RequestParams = {},
  method: "GET" | "POST" = "GET",
): UpstreamCall {
  const encoded = new URLSearchParams(encodeParams(params));
  const text = encoded.toString();
  const endpoint = resolveEndpoint(path);
  if (method === "POST")
    return { path, endpoint, method, search: "", body: { bytes: text, contentType: FORM }, params: encoded, apikey };
  return { path, endpoint, method, search: text ? `?${text}` : "", params: encoded, apikey };
}
