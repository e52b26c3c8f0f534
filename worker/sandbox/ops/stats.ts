// How many calls the sandbox received per account and endpoint path (GET /sandbox/stats).
// Stored in SQLite so counts survive the object's eviction.

export interface CallStats {
  total: number;
  calls: Record<string, number>;
}

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS call_stats (
    apikey TEXT NOT NULL,
    path TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (apikey, path)
  )`);
}

export function countCall(sql: SqlStorage, apikey: string, path: string): void {
  sql.exec(
    `INSERT INTO call_stats (apikey, path, count) VALUES (?, ?, 1)
     ON CONFLICT (apikey, path) DO UPDATE SET count = count + 1`,
    apikey,
    path,
  );
}

export function statsOf(sql: SqlStorage, apikey: string): CallStats {
  const rows = sql
    .exec<{ path: string; count: number }>("SELECT path, count FROM call_stats WHERE apikey = ? ORDER BY path", apikey)
    .toArray();
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    calls: Object.fromEntries(rows.map((r) => [r.path, r.count])),
  };
}

export function resetStats(sql: SqlStorage, apikey: string): void {
  sql.exec("DELETE FROM call_stats WHERE apikey = ?", apikey);
}
