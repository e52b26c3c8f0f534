// How many calls the sandbox received per apikey and endpoint path (GET /sandbox/stats), for any
// key, junk and real ones included: each is counted under its keyed hash, never the key itself.
// Also the last `ip` parameter sent to each path (the device an add-on unlocked for). Stored in
// SQLite so counts survive the object's eviction.

export interface CallStats {
  total: number;
  calls: Record<string, number>;
  /** The last `ip` parameter each path received; absent until a call carried one. */
  addresses?: Record<string, string>;
}

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS call_counts (
    key_name TEXT NOT NULL,
    path TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (key_name, path)
  )`);
  sql.exec(`CREATE TABLE IF NOT EXISTS call_addresses (
    key_name TEXT NOT NULL,
    path TEXT NOT NULL,
    ip TEXT NOT NULL,
    PRIMARY KEY (key_name, path)
  )`);
}

export function countCall(sql: SqlStorage, keyName: string, path: string, ip: string | null = null): void {
  sql.exec(
    `INSERT INTO call_counts (key_name, path, count) VALUES (?, ?, 1)
     ON CONFLICT (key_name, path) DO UPDATE SET count = count + 1`,
    keyName,
    path,
  );
  if (ip) sql.exec("INSERT OR REPLACE INTO call_addresses (key_name, path, ip) VALUES (?, ?, ?)", keyName, path, ip);
}

export function statsOf(sql: SqlStorage, keyName: string): CallStats {
  const rows = sql
    .exec<{ path: string; count: number }>(
      "SELECT path, count FROM call_counts WHERE key_name = ? ORDER BY path",
      keyName,
    )
    .toArray();
  const addresses = sql
    .exec<{ path: string; ip: string }>("SELECT path, ip FROM call_addresses WHERE key_name = ? ORDER BY path", keyName)
    .toArray();
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    calls: Object.fromEntries(rows.map((r) => [r.path, r.count])),
    ...(addresses.length > 0 ? { addresses: Object.fromEntries(addresses.map((r) => [r.path, r.ip])) } : {}),
  };
}

export function resetStats(sql: SqlStorage, keyName: string): void {
  sql.exec("DELETE FROM call_counts WHERE key_name = ?", keyName);
  sql.exec("DELETE FROM call_addresses WHERE key_name = ?", keyName);
}
