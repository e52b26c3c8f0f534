// The info hash of every magnet added through this deployment (through the edge, or by a device
// that says so), by AllDebrid id. /v4.1/magnet/status carries no hash, so the object adds it to
// the magnets it holds: every device can then copy a magnet link, or add an expired magnet again.
// Created by the first write; the oldest entries go past MAX_HASHES.
import type { MagnetChange } from "../../protocol/alldebrid";
import { Tables } from "./tables";

export interface MagnetHash {
  id: number;
  hash: string;
}

/** More than an account can hold (1000), so those of recently deleted magnets stay a while too. */
const MAX_HASHES = 2000;

export class MagnetHashes {
  private readonly tables: Tables;
  private known: Map<number, string> | null = null;

  constructor(private readonly sql: SqlStorage) {
    this.tables = new Tables(sql, [
      "CREATE TABLE IF NOT EXISTS magnet_hashes (id INTEGER PRIMARY KEY, hash TEXT NOT NULL)",
    ]);
  }

  private get byId(): Map<number, string> {
    if (this.known) return this.known;
    const rows = this.tables.exist
      ? this.sql.exec<{ id: number; hash: string }>("SELECT id, hash FROM magnet_hashes").toArray()
      : [];
    this.known = new Map(rows.map((row) => [row.id, row.hash]));
    return this.known;
  }

  /** Keeps hashes (lower-case); the ones that were new to the object. */
  remember(magnets: MagnetHash[]): MagnetHash[] {
    const fresh = magnets
      .map(({ id, hash }) => ({ id, hash: hash.toLowerCase() }))
      .filter(({ id, hash }) => this.byId.get(id) !== hash);
    if (fresh.length === 0) return [];
    this.tables.make();
    for (const { id, hash } of fresh) {
      this.sql.exec("INSERT OR REPLACE INTO magnet_hashes (id, hash) VALUES (?, ?)", id, hash);
      this.byId.set(id, hash);
    }
    if (this.byId.size > MAX_HASHES) this.dropOldest();
    return fresh;
  }

  /** A live-mode answer's magnets with the hashes the object knows added (AllDebrid ids only grow). */
  decorate(changes: MagnetChange[]): MagnetChange[] {
    if (this.byId.size === 0) return changes;
    return changes.map((change) => {
      const hash = this.byId.get(change.id);
      return hash && !("deleted" in change) && !("hash" in change) ? { ...change, hash } : change;
    });
  }

  private dropOldest(): void {
    const cut = [...this.byId.keys()].sort((a, b) => a - b).slice(0, this.byId.size - MAX_HASHES);
    for (const id of cut) {
      this.sql.exec("DELETE FROM magnet_hashes WHERE id = ?", id);
      this.byId.delete(id);
    }
  }
}
