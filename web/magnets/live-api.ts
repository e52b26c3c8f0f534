// The HTTP half of the live connection: a single-use ticket for the socket (POST
// /api/live/ticket), the socket's address, the magnets snapshot for polling (GET /api/magnets),
// and reading the socket's messages. The app's own endpoints answer plain JSON on success and
// the AllDebrid envelope on error.
import { AllDebridError, isEnvelope } from "../../protocol/alldebrid";
import type { LiveTicket, MagnetsSnapshot, ServerMessage } from "../../protocol/live";

const bearer = (apikey: string) => ({ Authorization: `Bearer ${apikey}` });

export async function fetchTicket(apikey: string): Promise<LiveTicket> {
  return readApi(await fetch("/api/live/ticket", { method: "POST", headers: bearer(apikey) }));
}

export async function fetchSnapshot(apikey: string): Promise<MagnetsSnapshot> {
  return readApi(await fetch("/api/magnets", { headers: bearer(apikey) }));
}

/** The socket's address: the ticket, and the version shown now so the server resumes from it. */
export function liveUrl(ticket: LiveTicket, version: number): URL {
  const url = new URL("/api/live", location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.searchParams.set("ticket", ticket.ticket);
  if (version > 0) url.searchParams.set("version", String(version));
  return url;
}

async function readApi<T>(response: Response): Promise<T> {
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

/** A server message, or null for a frame that is not one. */
export function parseMessage(data: unknown): ServerMessage | null {
  if (typeof data !== "string") return null;
  try {
    const message = JSON.parse(data) as ServerMessage;
    return typeof message === "object" && message !== null && "type" in message ? message : null;
  } catch {
    return null;
  }
}
