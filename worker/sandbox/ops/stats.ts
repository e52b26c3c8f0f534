// How many calls the sandbox received per apikey and endpoint path (GET /sandbox/stats), for any
// key, junk and real ones included, and how many of them its rate limit refused: each is counted
// under its keyed hash, never the key itself. Also the last `ip` parameter sent to each path (the
// device an add-on unlocked for). Stored in SQLite so counts survive the object's eviction.

export interface CallStats {
  total: number;
  calls: Record<string, number>;
  /** Of those, how many were answered 429 for going past 12 a second or 600 a minute. */
  rateLimited: number;
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
  sql.exec("CREATE TABLE IF NOT EXISTS rate_limited (key_name TEXT PRIMARY KEY, count INTEGER NOT NULL)");
}

export function countRateLimited(sql: SqlStorage, keyName: string): void {
  sql.exec(
    `INSERT INTO rate_limited (key_name, count) VALUES (?, 1)
     ON CONFLICT (key_name) DO UPDATE SET count = count + 1`,
    keyName,
  );
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
  const refused = sql.exec<{ count: number }>("SELECT count FROM rate_limited WHERE key_name = ?", keyName).toArray();
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    calls: Object.fromEntries(rows.map((r) => [r.path, r.count])),
    rateLimited: refused[0]?.count ?? 0,
    ...(addresses.length > 0 ? { addresses: Object.fromEntries(addresses.map((r) => [r.path, r.ip])) } : {}),
  };
}

export function resetStats(sql: SqlStorage, keyName: string): void {
  sql.exec("DELETE FROM call_counts WHERE key_name = ?", keyName);
  sql.exec("DELETE FROM call_addresses WHERE key_name = ?", keyName);
  sql.exec("DELETE FROM rate_limited WHERE key_name = ?", keyName);
}
