// The account object's SQLite tables for the waiting line: the magnets in order (one row per info
// hash, so a magnet never waits twice), who is sending which, and whether the account was told
// that the line can move. Created by the first write.
import { Tables } from "../tables";

export interface LineRow extends Record<string, SqlStorageValue> {
  id: number;
  magnet: string;
  hash: string;
  name: string;
  /** When it joined, ms since the epoch. */
  since: number;
  /** Until when a device is sending it (ms); 0 or past: waiting. */
  sending_until: number;
}

/** The tables, made by the first write (../tables.ts). */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS line_magnets (
      id INTEGER PRIMARY KEY AUTOINCREMENT, magnet TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL, since INTEGER NOT NULL, sending_until INTEGER NOT NULL)`,
  "CREATE TABLE IF NOT EXISTS line_told (one INTEGER PRIMARY KEY CHECK (one = 1), told INTEGER NOT NULL)",
];

export class LineStore {
  private readonly tables: Tables;

  constructor(private readonly sql: SqlStorage) {
    this.tables = new Tables(sql, SCHEMA);
  }

  /** The line in order. */
  all(): LineRow[] {
    if (!this.tables.exist) return [];
    return this.sql.exec<LineRow>("SELECT * FROM line_magnets ORDER BY id").toArray();
  }

  /** Adds a magnet at the end; false when its hash already waits. */
  add(row: Omit<LineRow, "id" | "sending_until">): boolean {
    this.tables.make();
    const insert =
      "INSERT OR IGNORE INTO line_magnets (magnet, hash, name, since, sending_until) VALUES (?, ?, ?, ?, 0)";
    return this.sql.exec(insert, row.magnet, row.hash, row.name, row.since).rowsWritten > 0;
  }

  /** Removes magnets by id; how many were there. */
  remove(ids: number[]): number {
    if (!this.tables.exist) return 0;
    let removed = 0;
    for (const id of ids) removed += this.sql.exec("DELETE FROM line_magnets WHERE id = ?", id).rowsWritten;
    return removed;
  }

  setSending(ids: number[], until: number): void {
    if (!this.tables.exist) return;
    for (const id of ids) this.sql.exec("UPDATE line_magnets SET sending_until = ? WHERE id = ?", until, id);
  }

  /** Whether the account was told (by push) that the line can move, since the line last stood still. */
  told(): boolean {
    if (!this.tables.exist) return false;
    return this.sql.exec<{ told: number }>("SELECT told FROM line_told WHERE one = 1").toArray()[0]?.told === 1;
  }

  setTold(told: boolean): void {
    if (!this.tables.exist || told === this.told()) return;
    this.sql.exec("INSERT OR REPLACE INTO line_told (one, told) VALUES (1, ?)", told ? 1 : 0);
  }
}
