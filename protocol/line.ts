// The waiting line of an account (docs/caps.md): magnets AllDebrid refused with
// MAGNET_TOO_MANY_ACTIVE (30 processing at once) wait in the account's object until a slot frees,
// then an open device sends them (uploads must come from a device). Every device sees the line,
// with positions, in the live feed's `line` message; writes go through /api/line (bodies in
// api-bodies.ts).

/** One magnet waiting, at position (index + 1) in the line. */
export interface WaitingMagnet {
  /** The line's own id (not an AllDebrid magnet id). */
  id: number;
  /** The magnet link or info hash, as it will be sent to magnet/upload. */
  magnet: string;
  name: string;
  /** When it joined the line, in seconds since the epoch. */
  since: number;
  /** A device took it to send it now; it goes back to waiting if that device never says how it went. */
  sending: boolean;
}

/** The line in order, and how many magnets AllDebrid would take now (30 minus those processing). */
export interface WaitingLine {
  magnets: WaitingMagnet[];
  free: number;
}

/** POST /api/line/take: the magnets this device should send now (none when another took them). */
export interface TakenMagnets {
  magnets: WaitingMagnet[];
}

/** How many magnets may wait in one account's line. */
export const MAX_WAITING = 100;

/** How long a device may take to say how its sends went before they wait again. */
export const SENDING_LEASE_SECONDS = 60;
