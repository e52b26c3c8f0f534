// An account's saved links and recent links in SQLite: both tables hold SavedLink rows under the
// account's key. Saved links list oldest first (in the order saved), the history newest first.
import type { SavedLink } from "../../../protocol/alldebrid";

export type LinksTable = "saved_links" | "history";

/** SQLite rows need a type alias (an index signature), not the protocol interface. */
type SavedLinkRow = { [K in keyof SavedLink]: SavedLink[K] };

const ORDER: Record<LinksTable, string> = {
  saved_links: "date, rowid",
  history: "date DESC, rowid DESC",
};

export function listLinks(sql: SqlStorage, table: LinksTable, apikey: string): SavedLink[] {
  return sql
    .exec<SavedLinkRow>(
      `SELECT link, filename, size, date, host FROM ${table} WHERE apikey = ? ORDER BY ${ORDER[table]}`,
      apikey,
    )
    .toArray();
}

/** Adds a link dated `now`; saving a saved link again replaces it (the history keeps every unlock). */
export function addLink(
  sql: SqlStorage,
  table: LinksTable,
  apikey: string,
  entry: Omit<SavedLink, "date">,
  now: number,
): void {
  sql.exec(
    `INSERT OR REPLACE INTO ${table} (apikey, link, filename, size, host, date) VALUES (?, ?, ?, ?, ?, ?)`,
    apikey,
    entry.link,
    entry.filename,
    entry.size,
    entry.host,
    Math.floor(now / 1000),
  );
}
