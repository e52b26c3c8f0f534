// The deployment's own API (/api/*: live tickets, the magnets snapshot, notifications): plain
// JSON on success, the AllDebrid envelope on error, thrown as an AllDebridError. AllDebrid's own
// endpoints go through client.ts.
import { AllDebridError, isEnvelope } from "../../protocol/alldebrid";

export interface AppCall {
  method?: "GET" | "POST" | "DELETE";
  /** Sent as `Authorization: Bearer`, never in the URL. */
  apikey?: string | null;
  /** Sent as a JSON body. */
  json?: unknown;
}

export async function appApi<T>(path: `/api/${string}`, call: AppCall = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (call.apikey) headers.Authorization = `Bearer ${call.apikey}`;
  if (call.json !== undefined) headers["Content-Type"] = "application/json";
  const body = call.json === undefined ? undefined : JSON.stringify(call.json);
  let response: Response;
  try {
    response = await fetch(path, { method: call.method ?? "GET", headers, body });
  } catch {
    throw new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 0);
  }
  return readAppAnswer<T>(response);
}

async function readAppAnswer<T>(response: Response): Promise<T> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new AllDebridError("UPSTREAM_INVALID_RESPONSE", undefined, response.status);
  }
  if (isEnvelope(body)) {
    if (body.status === "error") throw new AllDebridError(body.error.code, body.error.message, response.status);
    return body.data as T;
  }
  if (!response.ok) throw new AllDebridError("UPSTREAM_INVALID_RESPONSE", undefined, response.status);
  return body as T;
}
