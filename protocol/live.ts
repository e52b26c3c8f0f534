// The live-sync protocol between a user's Durable Object and each connected device, in one
// place: every message either side sends is a member of these unions.
import type { Magnet } from "./alldebrid/magnets";

/** A changed magnet: its id and the fields that changed. */
export type MagnetPatch = { id: number } & Partial<Omit<Magnet, "id">>;

export type ServerMessage =
  | { type: "snapshot"; version: number; magnets: Magnet[] }
  | { type: "patch"; from: number; to: number; changes: MagnetPatch[]; removed: number[] }
  | { type: "error"; code: string; message: string };

export type ClientMessage = { type: "hello"; version: number } | { type: "ping" };

export interface LiveTicket {
  ticket: string;
  expiresIn: number;
}

/** GET /api/magnets: the snapshot for clients that cannot hold a socket. */
export interface MagnetsSnapshot {
  version: number;
  magnets: Magnet[];
}

/** WebSocket close codes the server uses, so a client knows whether to reconnect. */
export const LIVE_CLOSE = {
  /** The apikey was refused upstream: do not reconnect with it. */
  badApikey: 4001,
  /** The ticket was missing, expired or used. */
  badTicket: 4003,
} as const;
