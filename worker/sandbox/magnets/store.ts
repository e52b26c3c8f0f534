// The sandbox's magnets table: one row per uploaded magnet, holding only what cannot be derived.
// Progress is computed from `started` and the hash at read time, so nothing needs an alarm and
// everything survives the Durable Object being evicted.
import type { TorrentFile } from "../../../protocol/torrent";

export interface StoredMagnet {
  id: number;
  apikey: string;
  /** Lower-case hex btih. */
  hash: string;
  name: string;
  size: number;
  /** The real file list of an uploaded .torrent; null for a magnet, whose files are generated. */
  files: TorrentFile[] | null;
  /** Milliseconds since the epoch. */
  uploaded: number;
  /** When the current attempt began (the upload, or the last restart). */
  started: number;
  restarts: number;
}

interface Row extends Record<string, SqlStorageValue> {
  id: number;
  apikey: string;
  hash: string;
  name: string;
  size: number;
  files: string | null;
  uploaded: number;
  started: number;
  restarts: number;
}

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS magnets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    apikey TEXT NOT NULL,
    hash TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    files TEXT,
    uploaded INTEGER NOT NULL,
    started INTEGER NOT NULL,
    restarts INTEGER NOT NULL DEFAULT 0
  )`);
  sql.exec("CREATE INDEX IF NOT EXISTS magnets_by_account ON magnets (apikey, id)");
}

function fromRow(row: Row): StoredMagnet {
  return { ...row, files: row.files === null ? null : (JSON.parse(row.files) as TorrentFile[]) };
}

/** An account's magnets, newest first (as a dashboard lists them). */
export function listMagnets(sql: SqlStorage, apikey: string): StoredMagnet[] {
  return sql.exec<Row>("SELECT * FROM magnets WHERE apikey = ? ORDER BY id DESC", apikey).toArray().map(fromRow);
}

export function findMagnet(sql: SqlStorage, apikey: string, id: number): StoredMagnet | null {
  const row = sql.exec<Row>("SELECT * FROM magnets WHERE apikey = ? AND id = ?", apikey, id).toArray()[0];
  return row ? fromRow(row) : null;
}

export function insertMagnet(sql: SqlStorage, magnet: Omit<StoredMagnet, "id">): StoredMagnet {
  const row = sql
    .exec<{ id: number }>(
      `INSERT INTO magnets (apikey, hash, name, size, files, uploaded, started, restarts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      magnet.apikey,
      magnet.hash,
      magnet.name,
      magnet.size,
      magnet.files === null ? null : JSON.stringify(magnet.files),
      magnet.uploaded,
      magnet.started,
      magnet.restarts,
    )
    .one();
  return { ...magnet, id: row.id };
}

export function deleteMagnet(sql: SqlStorage, apikey: string, id: number): void {
  sql.exec("DELETE FROM magnets WHERE apikey = ? AND id = ?", apikey, id);
}

/**
 * Test hook: moves magnets back in time by `ms` (upload, start, and so completion), as if they had
 * been added that long ago; all the account's magnets, or those of `ids`. How many moved.
 */
export function ageMagnets(sql: SqlStorage, apikey: string, ids: number[] | null, ms: number): number {
  const update = "UPDATE magnets SET uploaded = uploaded - ?, started = started - ? WHERE apikey = ?";
  if (ids === null) return sql.exec(update, ms, ms, apikey).rowsWritten;
  let aged = 0;
  for (const id of ids) aged += sql.exec(`${update} AND id = ?`, ms, ms, apikey, id).rowsWritten;
  return aged;
}

/** Starts a new attempt from status 0. */
export function restartMagnet(sql: SqlStorage, apikey: string, id: number, now: number): void {
  sql.exec("UPDATE magnets SET started = ?, restarts = restarts + 1 WHERE apikey = ? AND id = ?", now, apikey, id);
}

/** A magnet id as sent by a client ("123"), or null when it is not a positive whole number. */
export function parseMagnetId(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d{1,15}\s*$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

/** A magnet by id whoever owns it (to resolve its file links). */
export function findMagnetAnyAccount(sql: SqlStorage, id: number): StoredMagnet | null {
  const row = sql.exec<Row>("SELECT * FROM magnets WHERE id = ?", id).toArray()[0];
  return row ? fromRow(row) : null;
}
