// The account object's SQLite tables for live sync: the magnets, the sync position (version,
// live-mode session and counter, sealed apikey) and a bounded log of recent patches for resume.
// Reads happen once at load; every tick is written in one transaction. The tables are created by
// the first write, so an object that was only looked at (a key never accepted) stores nothing.
import type { Magnet } from "../../../protocol/alldebrid";
import type { PatchMessage } from "../../../protocol/live";
import { Tables } from "../tables";
import type { LiveDelta } from "./merge";

/** How many recent patches are kept for clients that resume (at 2 s a tick, several minutes). */
const PATCH_LOG_LIMIT = 300;

export interface SyncPosition {
  /** Increases by one on every change a client can see; 0 before the first sync. */
  version: number;
  /** The live-mode session id sent to /v4.1/magnet/status. */
  session: number;
  /** The counter to send next. */
  counter: number;
  /** Consecutive upstream faults, for the backoff. */
  failures: number;
  /** AllDebrid refused the apikey: polling stays stopped until a new ticket or request re-validates it. */
  refused: boolean;
  /** The deployment's origin, for upstream links (the sandbox's base URL). */
  origin: string;
  /** The apikey, sealed (AES-GCM), or empty. */
  sealedApikey: string;
}

interface PositionRow extends Record<string, SqlStorageValue> {
  version: number;
  session: number;
  counter: number;
  failures: number;
  refused: number;
  origin: string;
  sealed_apikey: string;
}

export function randomSession(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! & 0x7fffffff;
}

/** The tables, made by the first write (../tables.ts). */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS live_magnets (id INTEGER PRIMARY KEY, magnet TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS live_position (
      one INTEGER PRIMARY KEY CHECK (one = 1),
      version INTEGER NOT NULL, session INTEGER NOT NULL, counter INTEGER NOT NULL,
      failures INTEGER NOT NULL, refused INTEGER NOT NULL, origin TEXT NOT NULL, sealed_apikey TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS live_patches (
      version INTEGER PRIMARY KEY, from_version INTEGER NOT NULL, patch TEXT NOT NULL)`,
];

export class LiveStore {
  private readonly tables: Tables;

  constructor(private readonly sql: SqlStorage) {
    this.tables = new Tables(sql, SCHEMA);
  }

  loadMagnets(): Map<number, Magnet> {
    const magnets = new Map<number, Magnet>();
    if (!this.tables.exist) return magnets;
    for (const row of this.sql.exec<{ id: number; magnet: string }>("SELECT id, magnet FROM live_magnets"))
      magnets.set(row.id, JSON.parse(row.magnet) as Magnet);
    return magnets;
  }

  loadPosition(): SyncPosition {
    const row = this.tables.exist
      ? this.sql.exec<PositionRow>("SELECT * FROM live_position WHERE one = 1").toArray()[0]
      : undefined;
    if (!row)
      return {
        version: 0,
        session: randomSession(),
        counter: 0,
        failures: 0,
        refused: false,
        origin: "",
        sealedApikey: "",
      };
    return {
      version: row.version,
      session: row.session,
      counter: row.counter,
      failures: row.failures,
      refused: row.refused === 1,
      origin: row.origin,
      sealedApikey: row.sealed_apikey,
    };
  }

  savePosition(p: SyncPosition): void {
    this.tables.make();
    this.sql.exec(
      `INSERT OR REPLACE INTO live_position (one, version, session, counter, failures, refused, origin, sealed_apikey)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?)`,
      p.version,
      p.session,
      p.counter,
      p.failures,
      p.refused ? 1 : 0,
      p.origin,
      p.sealedApikey,
    );
  }

  /**
   * Writes the magnets a delta touched (deleted ones go, changed ones are rewritten whole) and
   * logs its patch; a reset (the first sync) rewrites everything and starts the log afresh.
   */
  saveDelta(magnets: Map<number, Magnet>, delta: LiveDelta, patch: PatchMessage, reset: boolean): void {
    this.tables.make();
    if (reset) this.sql.exec("DELETE FROM live_magnets");
    else for (const id of delta.removed) this.sql.exec("DELETE FROM live_magnets WHERE id = ?", id);
    const touched = reset ? magnets.keys() : delta.changes.map((change) => change.id);
    for (const id of touched) {
      const magnet = magnets.get(id);
      if (magnet)
        this.sql.exec("INSERT OR REPLACE INTO live_magnets (id, magnet) VALUES (?, ?)", id, JSON.stringify(magnet));
    }
    if (reset) {
      // A client older than a reset cannot be patched across it: it gets a snapshot.
      this.sql.exec("DELETE FROM live_patches");
      return;
    }
    this.sql.exec(
      "INSERT OR REPLACE INTO live_patches (version, from_version, patch) VALUES (?, ?, ?)",
      patch.to,
      patch.from,
      JSON.stringify(patch),
    );
    this.sql.exec("DELETE FROM live_patches WHERE version <= ?", patch.to - PATCH_LOG_LIMIT);
  }

  /** The logged patches after `version`, oldest first. */
  patchesSince(version: number): PatchMessage[] {
    if (!this.tables.exist) return [];
    return this.sql
      .exec<{ patch: string }>("SELECT patch FROM live_patches WHERE from_version >= ? ORDER BY version", version)
      .toArray()
      .map((row) => JSON.parse(row.patch) as PatchMessage);
  }
}
