// The HTTP half of the live connection: a single-use ticket for the socket (POST
// /api/live/ticket), the socket's address, the magnets snapshot for polling (GET /api/magnets),
// and reading the socket's messages.
import type { LiveTicket, MagnetsSnapshot, ServerMessage } from "../../protocol/live";
import { appApi } from "../api/app-api";

export function fetchTicket(apikey: string): Promise<LiveTicket> {
  return appApi("/api/live/ticket", { method: "POST", apikey });
}

export function fetchSnapshot(apikey: string): Promise<MagnetsSnapshot> {
  return appApi("/api/magnets", { apikey });
}

/** The socket's address: the ticket, and the version shown now so the server resumes from it. */
export function liveUrl(ticket: LiveTicket, version: number): URL {
  const url = new URL("/api/live", location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.searchParams.set("ticket", ticket.ticket);
  if (version > 0) url.searchParams.set("version", String(version));
  return url;
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
