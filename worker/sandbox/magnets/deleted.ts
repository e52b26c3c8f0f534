// What the sandbox remembers of an account's deleted magnets, for when one is uploaded again.
// A magnet that failed processing (an error other than 11) cannot be uploaded again for
// COOLDOWN_PACES paces: that item answers MAGNET_PROCESSING_COOLDOWN, which 2026 clients list and
// the documentation does not name (this is the sandbox's reading of it). A magnet that expired
// (11, "Expired - files removed") downloads afresh when added again, as a restarted one does.

/** 1 s in worker tests, 6 s in e2e, a minute under `npm start`. */
const COOLDOWN_PACES = 20;

type Ending = "failed" | "expired";

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS deleted_magnets (
    apikey TEXT NOT NULL,
    hash TEXT NOT NULL,
    ending TEXT NOT NULL,
    until INTEGER NOT NULL,
    PRIMARY KEY (apikey, hash)
  )`);
}

/** Remembers a deleted magnet that had failed or expired (a day at most for an expired one). */
export function rememberDeleted(
  sql: SqlStorage,
  apikey: string,
  hash: string,
  ending: Ending,
  now: number,
  paceMs: number,
): void {
  const until = now + (ending === "failed" ? COOLDOWN_PACES * paceMs : 86_400_000);
  sql.exec(
    "INSERT OR REPLACE INTO deleted_magnets (apikey, hash, ending, until) VALUES (?, ?, ?, ?)",
    apikey,
    hash,
    ending,
    until,
  );
}

/** How the account's magnet with this hash ended when it was deleted, if it is still remembered. */
export function deletedAs(sql: SqlStorage, apikey: string, hash: string, now: number): Ending | null {
  sql.exec("DELETE FROM deleted_magnets WHERE until <= ?", now);
  const row = sql
    .exec<{ ending: Ending }>("SELECT ending FROM deleted_magnets WHERE apikey = ? AND hash = ?", apikey, hash)
    .toArray()[0];
  return row?.ending ?? null;
}
