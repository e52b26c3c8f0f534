// MAGNET_PROCESSING_COOLDOWN, which 2026 clients list and the documentation does not name: the
// sandbox's reading of it. A magnet that failed processing (an error other than 11, "Expired -
// files removed") and was deleted cannot be uploaded again for COOLDOWN_PACES paces: that item
// answers MAGNET_PROCESSING_COOLDOWN until then, and is taken afterwards.

/** 1 s in worker tests, 6 s in e2e, a minute under `npm start`. */
export const COOLDOWN_PACES = 20;

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS magnet_cooldowns (
    apikey TEXT NOT NULL,
    hash TEXT NOT NULL,
    until INTEGER NOT NULL,
    PRIMARY KEY (apikey, hash)
  )`);
}

export function startCooldown(sql: SqlStorage, apikey: string, hash: string, now: number, paceMs: number): void {
  sql.exec(
    "INSERT OR REPLACE INTO magnet_cooldowns (apikey, hash, until) VALUES (?, ?, ?)",
    apikey,
    hash,
    now + COOLDOWN_PACES * paceMs,
  );
}

/** Whether the account's magnet with this hash is cooling down now (ended cooldowns are forgotten). */
export function coolingDown(sql: SqlStorage, apikey: string, hash: string, now: number): boolean {
  sql.exec("DELETE FROM magnet_cooldowns WHERE until <= ?", now);
  const row = sql.exec("SELECT 1 FROM magnet_cooldowns WHERE apikey = ? AND hash = ?", apikey, hash).toArray();
  return row.length > 0;
}
