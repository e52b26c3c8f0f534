// The live-sync protocol between a user's Durable Object and each connected device, in one
// place: every message either side sends is a member of these unions (see docs/live.md).
import type { Magnet } from "./alldebrid/magnets";
import type { WaitingLine } from "./line";

/**
 * One magnet's change as a JSON Merge Patch (RFC 7396) plus its id: the fields that changed, and
 * `null` for a field that is gone (a settled magnet loses its speeds). A magnet new to the
 * client comes with every field.
 */
export type MagnetPatch = { id: number } & { [K in Exclude<keyof Magnet, "id">]?: Magnet[K] | null };

/** The whole account at `version`: replaces whatever the client held. */
export interface SnapshotMessage {
  type: "snapshot";
  version: number;
  magnets: Magnet[];
}

/** What changed from version `from` to `to`: `removed` lists deleted magnets, `changes` merge-patches the others. */
export interface PatchMessage {
  type: "patch";
  from: number;
  to: number;
  changes: MagnetPatch[];
  /** Magnets deleted from the account; never an id that is also in `changes`. */
  removed: number[];
}

/**
 * The account's waiting line (docs/caps.md): sent after the first message when the line is not
 * empty, and to every socket whenever it changes. An empty `magnets` means nobody waits now.
 */
export interface LineMessage extends WaitingLine {
  type: "line";
}

/**
 * The cleanup rules deleted finished magnets: their removal comes in patches as usual; this says
 * why, once per run (`run` goes up by one each time). The last run is sent again on connect, so a
 * device that was away can say it once too, if it has not seen that run.
 */
export interface CleanupMessage {
  type: "cleanup";
  run: number;
  /** When, in seconds since the epoch. */
  at: number;
  removed: number[];
}

/** Clients ignore message types they do not know, so the server may add some. */
export type ServerMessage =
  | SnapshotMessage
  | PatchMessage
  | LineMessage
  | CleanupMessage
  | { type: "pong" }
  | { type: "error"; code: string; message: string };

/** `hello` asks to resume from a version the client holds; `ping` keeps a quiet socket open. */
export type ClientMessage = { type: "hello"; version: number } | { type: "ping" };

/** The exact ping text the server answers without waking the object (send it as is). */
export const LIVE_PING = JSON.stringify({ type: "ping" } satisfies ClientMessage);
export const LIVE_PONG = JSON.stringify({ type: "pong" } satisfies ServerMessage);

/** POST /api/live/ticket: open /api/live?ticket=… within `expiresIn` seconds, once. */
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
  /** AllDebrid refused the apikey (invalid, missing or banned account): sign in again, do not reconnect with it. */
  badApikey: 4001,
  /** AllDebrid blocked the apikey from a new location (AUTH_BLOCKED): verify it, then reconnect. */
  accountBlocked: 4002,
} as const;

/** Parses a client's text frame; null when it is not a message of this protocol. */
export function parseClientMessage(text: string): ClientMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const message = value as { type?: unknown; version?: unknown };
  if (message.type === "ping") return { type: "ping" };
  if (message.type === "hello" && Number.isSafeInteger(message.version) && (message.version as number) >= 0)
    return { type: "hello", version: message.version as number };
  return null;
}

/** A magnet with one merge patch applied: changed fields replaced, `null` fields dropped. */
export function mergeMagnetPatch(known: Magnet | undefined, patch: MagnetPatch): Magnet {
  const merged: Record<string, unknown> = { ...known };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  return merged as unknown as Magnet;
}

/**
 * Applies a server message to a client's magnets by id, as every client should: a snapshot
 * replaces, a patch drops the deleted magnets and merge-patches the changed ones. Returns the new
 * version, or null when a patch does not start at `version` (a gap: send hello to resync).
 * @internal Exported as the client API docs/live.md gives; the app's store applies the feed its own way.
 */
export function applyServerMessage(
  magnets: Map<number, Magnet>,
  version: number,
  message: ServerMessage,
): number | null {
  if (message.type === "snapshot") {
    magnets.clear();
    for (const magnet of message.magnets) magnets.set(magnet.id, magnet);
    return message.version;
  }
  if (message.type !== "patch") return version;
  if (message.from !== version) return null;
  for (const id of message.removed) magnets.delete(id);
  for (const change of message.changes) magnets.set(change.id, mergeMagnetPatch(magnets.get(change.id), change));
  return message.to;
}
