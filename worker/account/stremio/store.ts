// The add-on's tables in the account object (SQLite, created by the first write, so an account
// that never made a link stores nothing): the link (its token sealed, and its keyed hash), the
// last time AllDebrid refused this server an unlock, the videos of Ready magnets, and unlocked
// links per file and player address until they expire.
import { Tables } from "../tables";
import type { StoredVideo } from "./videos";

export interface LinkRow {
  tokenHash: string;
  sealedToken: string;
  created: number;
  /** When AllDebrid last answered NO_SERVER to an unlock for this add-on; null after one worked. */
  noServerAt: number | null;
}

interface LinkColumns extends Record<string, SqlStorageValue> {
  token_hash: string;
  sealed_token: string;
  created: number;
  no_server_at: number | null;
}

/** The tables, made by the first write (../tables.ts). */
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS stremio_link (
      one INTEGER PRIMARY KEY CHECK (one = 1), token_hash TEXT NOT NULL, sealed_token TEXT NOT NULL,
      created INTEGER NOT NULL, no_server_at INTEGER)`,
  `CREATE TABLE IF NOT EXISTS stremio_videos (
      magnet_id INTEGER PRIMARY KEY, videos TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS stremio_unlocks (
      magnet_id INTEGER NOT NULL, file_key TEXT NOT NULL, address TEXT NOT NULL,
      link TEXT NOT NULL, expires INTEGER NOT NULL, PRIMARY KEY (magnet_id, file_key, address))`,
];

export class AddonStore {
  private readonly tables: Tables;
  private linkRow: LinkRow | null;

  constructor(private readonly sql: SqlStorage) {
    this.tables = new Tables(sql, SCHEMA);
    this.linkRow = this.tables.exist ? this.readLink() : null;
  }

  private readLink(): LinkRow | null {
    const row = this.sql.exec<LinkColumns>("SELECT * FROM stremio_link WHERE one = 1").toArray()[0];
    if (!row) return null;
    return {
      tokenHash: row.token_hash,
      sealedToken: row.sealed_token,
      created: row.created,
      noServerAt: row.no_server_at,
    };
  }

  get link(): LinkRow | null {
    return this.linkRow;
  }

  saveLink(link: LinkRow): void {
    this.tables.make();
    this.sql.exec(
      "INSERT OR REPLACE INTO stremio_link (one, token_hash, sealed_token, created, no_server_at) VALUES (1, ?, ?, ?, ?)",
      link.tokenHash,
      link.sealedToken,
      link.created,
      link.noServerAt,
    );
    this.linkRow = link;
  }

  /** Revoked: the link and the links unlocked through it go; the listed videos stay (they are the account's). */
  deleteLink(): void {
    if (!this.tables.exist) return;
    this.sql.exec("DELETE FROM stremio_link");
    this.sql.exec("DELETE FROM stremio_unlocks");
    this.linkRow = null;
  }

  /** The videos of a Ready magnet, as listed the first time. */
  videos(magnetId: number): StoredVideo[] | null {
    if (!this.tables.exist) return null;
    const row = this.sql
      .exec<{ videos: string }>("SELECT videos FROM stremio_videos WHERE magnet_id = ?", magnetId)
      .toArray()[0];
    return row ? (JSON.parse(row.videos) as StoredVideo[]) : null;
  }

  /** Keeps a magnet's videos, and forgets those of magnets no longer in `still` (deleted from the account). */
  saveVideos(magnetId: number, videos: StoredVideo[], still: ReadonlySet<number>): void {
    this.tables.make();
    this.sql.exec(
      "INSERT OR REPLACE INTO stremio_videos (magnet_id, videos) VALUES (?, ?)",
      magnetId,
      JSON.stringify(videos),
    );
    for (const { magnet_id } of this.sql.exec<{ magnet_id: number }>("SELECT magnet_id FROM stremio_videos"))
      if (!still.has(magnet_id)) this.forgetMagnet(magnet_id);
  }

  /** A magnet whose files went (deleted, or expired on AllDebrid): nothing of it is offered from memory. */
  forgetMagnet(magnetId: number): void {
    if (!this.tables.exist) return;
    this.sql.exec("DELETE FROM stremio_videos WHERE magnet_id = ?", magnetId);
    this.sql.exec("DELETE FROM stremio_unlocks WHERE magnet_id = ?", magnetId);
  }

  unlocked(magnetId: number, fileKey: string, address: string, now: number): string | null {
    if (!this.tables.exist) return null;
    const row = this.sql
      .exec<{ link: string; expires: number }>(
        "SELECT link, expires FROM stremio_unlocks WHERE magnet_id = ? AND file_key = ? AND address = ?",
        magnetId,
        fileKey,
        address,
      )
      .toArray()[0];
    return row && row.expires > now ? row.link : null;
  }

  /** Keeps an unlocked link until `expires`; links past their time go on every write. */
  saveUnlocked(magnetId: number, fileKey: string, address: string, link: string, expires: number, now: number): void {
    this.tables.make();
    this.sql.exec("DELETE FROM stremio_unlocks WHERE expires <= ?", now);
    this.sql.exec(
      "INSERT OR REPLACE INTO stremio_unlocks (magnet_id, file_key, address, link, expires) VALUES (?, ?, ?, ?, ?)",
      magnetId,
      fileKey,
      address,
      link,
      expires,
    );
  }

  /** Remembers (a time) or clears (null) AllDebrid's last NO_SERVER refusal. */
  setNoServer(at: number | null): void {
    const link = this.linkRow;
    if (!link || link.noServerAt === at) return;
    this.saveLink({ ...link, noServerAt: at });
  }
}
