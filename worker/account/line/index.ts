// The account's waiting line (docs/caps.md): magnets AllDebrid refused at 30 active wait here, in
// order, until a slot frees; then an open device takes them and sends them itself (AllDebrid
// refuses uploads from servers), and says how it went. A device that never says gives them back
// after SENDING_LEASE_SECONDS. The object shows the line to every device and, with none open,
// tells the account once by push when the line can move.
import { AllDebridError, infoHashOf, MAGNET_LIMITS } from "../../../protocol/alldebrid";
import type { LineDoneBody } from "../../../protocol/api-bodies";
import { MAX_WAITING, SENDING_LEASE_SECONDS, type WaitingLine, type WaitingMagnet } from "../../../protocol/line";
import { btihToHex } from "../../../protocol/torrent";
import { type LineRow, LineStore } from "./store";

/** The magnet's name: the one given, else its `dn`, else its hash. */
function nameOf(magnet: string, hash: string, given?: string): string {
  if (given?.trim()) return given.trim();
  const query = /^magnet:\?(.*)$/i.exec(magnet.trim())?.[1];
  return new URLSearchParams(query ?? "").get("dn")?.trim() || hash;
}

export class Line {
  private readonly store: LineStore;
  /** Magnets sent since the last poll: they are processing upstream, though the feed does not show them yet. */
  private justSent = 0;

  constructor(sql: SqlStorage) {
    this.store = new LineStore(sql);
  }

  get empty(): boolean {
    return this.store.all().length === 0;
  }

  /** Adds magnets at the end of the line (one already waiting keeps its place); refused whole past MAX_WAITING. */
  join(magnets: Array<{ magnet: string; name?: string }>, now: number): void {
    const known = new Set(this.store.all().map((row) => row.hash));
    const fresh = magnets.flatMap(({ magnet, name }) => {
      const btih = infoHashOf(magnet);
      const hash = btih ? btihToHex(btih) : null;
      if (!hash) throw new AllDebridError("MAGNET_INVALID_URI", undefined, 400);
      if (known.has(hash)) return [];
      known.add(hash);
      return [{ magnet: magnet.trim(), hash, name: nameOf(magnet, hash, name), since: now }];
    });
    if (known.size > MAX_WAITING)
      throw new AllDebridError("BAD_REQUEST", `At most ${MAX_WAITING} magnets may wait in the line`);
    for (const row of fresh) this.store.add(row);
  }

  /** The line as devices see it, with `processing` magnets upstream by the object's last look. */
  state(processing: number, now: number): WaitingLine {
    const rows = this.store.all();
    const sending = rows.filter((row) => row.sending_until > now).length;
    const free = Math.max(0, MAGNET_LIMITS.active - processing - this.justSent - sending);
    return { magnets: rows.map((row) => waitingMagnet(row, now)), free };
  }

  /** The first waiting magnets that fit in the free slots, now the caller's to send. */
  take(processing: number, now: number): WaitingMagnet[] {
    const { free } = this.state(processing, now);
    const taken = this.store
      .all()
      .filter((row) => row.sending_until <= now)
      .slice(0, free);
    const until = now + SENDING_LEASE_SECONDS * 1000;
    this.store.setSending(
      taken.map((row) => row.id),
      until,
    );
    return taken.map((row) => waitingMagnet({ ...row, sending_until: until }, now));
  }

  /** Sent magnets leave the line (and count as processing until the next poll); the others wait again. */
  done({ sent, waiting }: LineDoneBody): void {
    this.justSent += this.store.remove(sent);
    this.store.setSending(waiting, 0);
  }

  /** The person cancels a waiting magnet; false when it was not in the line. */
  cancel(id: number): boolean {
    return this.store.remove([id]) > 0;
  }

  /** A poll answered: what was sent shows in the magnets now. */
  polled(): void {
    this.justSent = 0;
  }

  /**
   * How many magnets to tell the account about when the line can move and no device is open to
   * send them, once until the line stands still again; null when there is nothing to tell.
   */
  toTell(line: WaitingLine, devicesOnline: boolean): number | null {
    const waiting = line.magnets.filter((magnet) => !magnet.sending).length;
    const canMove = waiting > 0 && line.free > 0;
    if (!canMove) this.store.setTold(false);
    if (!canMove || devicesOnline || this.store.told()) return null;
    this.store.setTold(true);
    return waiting;
  }
}

function waitingMagnet(row: LineRow, now: number): WaitingMagnet {
  return {
    id: row.id,
    magnet: row.magnet,
    name: row.name,
    since: Math.floor(row.since / 1000),
    sending: row.sending_until > now,
  };
}
