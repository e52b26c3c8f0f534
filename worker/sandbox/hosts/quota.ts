// Daily per-account quotas of limited hosts (MB of traffic or a number of downloads), used by
// link/unlock and shown by /v4/user and /v4.1/user/hosts. They reset every day, as documented.
import type { CatalogueHost } from "./catalogue";

const DAY_MS = 86_400_000;

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS host_usage (
    apikey TEXT NOT NULL,
    host TEXT NOT NULL,
    day INTEGER NOT NULL,
    used INTEGER NOT NULL,
    PRIMARY KEY (apikey, host, day)
  )`);
}

function used(sql: SqlStorage, apikey: string, host: string, now: number): number {
  const day = Math.floor(now / DAY_MS);
  return (
    sql
      .exec<{ used: number }>(
        "SELECT used FROM host_usage WHERE apikey = ? AND host = ? AND day = ?",
        apikey,
        host,
        day,
      )
      .toArray()[0]?.used ?? 0
  );
}

/** What is left of today's quota, or undefined for a host without one. */
export function quotaLeft(sql: SqlStorage, apikey: string, host: CatalogueHost, now: number): number | undefined {
  if (!host.quota) return undefined;
  return Math.max(0, host.quota.max - used(sql, apikey, host.name, now));
}

/** Takes one download of `bytes` from the quota; false when there is not enough left. */
export function takeQuota(sql: SqlStorage, apikey: string, host: CatalogueHost, bytes: number, now: number): boolean {
  const left = quotaLeft(sql, apikey, host, now);
  if (left === undefined || !host.quota) return true;
  const cost = host.quota.type === "traffic" ? Math.ceil(bytes / 1_048_576) : 1;
  if (cost > left) return false;
  sql.exec(
    `INSERT INTO host_usage (apikey, host, day, used) VALUES (?, ?, ?, ?)
     ON CONFLICT (apikey, host, day) DO UPDATE SET used = used + excluded.used`,
    apikey,
    host.name,
    Math.floor(now / DAY_MS),
    cost,
  );
  return true;
}
