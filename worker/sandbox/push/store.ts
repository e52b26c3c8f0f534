// The sandbox's stand-in for a push service (and for webhooks): every request to a URL under
// https://push.sandbox.test/ is kept exactly as it arrived (method, headers, body in base64) and
// answered 201, or with the status a fault set for that URL asks for (404, 410, 429, 503…).
import { z } from "zod";

export const pushFaultSchema = z.object({
  status: z.number().int().min(400).max(599),
  /** How many requests the fault answers; absent = until cleared. */
  times: z.number().int().min(1).max(1000).optional(),
  /** Sent as Retry-After (seconds) with the answer. */
  retryAfter: z.number().int().min(0).max(86_400).optional(),
});

export type PushFault = z.infer<typeof pushFaultSchema>;

export interface CapturedPush {
  method: string;
  headers: Record<string, string>;
  /** The body as received, base64. */
  body: string;
  /** When the sandbox received it (ms since the epoch). */
  receivedAt: number;
  /** What the sandbox answered: 201, or a fault's status. */
  answered: number;
}

export interface PushAnswer {
  status: number;
  retryAfter?: number;
}

/** Requests kept per URL; older ones are dropped. */
const KEPT = 100;

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS push_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL, request TEXT NOT NULL)`);
  sql.exec("CREATE INDEX IF NOT EXISTS push_requests_url ON push_requests (url, id)");
  sql.exec(`CREATE TABLE IF NOT EXISTS push_faults (
    url TEXT NOT NULL, position INTEGER NOT NULL, fault TEXT NOT NULL, remaining INTEGER,
    PRIMARY KEY (url, position))`);
}

/** Keeps one request and decides its answer. */
export function receive(sql: SqlStorage, url: string, request: Omit<CapturedPush, "answered">): PushAnswer {
  const answer = takeFault(sql, url);
  const captured: CapturedPush = { ...request, answered: answer.status };
  sql.exec("INSERT INTO push_requests (url, request) VALUES (?, ?)", url, JSON.stringify(captured));
  sql.exec(
    "DELETE FROM push_requests WHERE url = ? AND id NOT IN (SELECT id FROM push_requests WHERE url = ? ORDER BY id DESC LIMIT ?)",
    url,
    url,
    KEPT,
  );
  return answer;
}

function takeFault(sql: SqlStorage, url: string): PushAnswer {
  const row = sql
    .exec<{ position: number; fault: string; remaining: number | null }>(
      "SELECT position, fault, remaining FROM push_faults WHERE url = ? ORDER BY position LIMIT 1",
      url,
    )
    .toArray()[0];
  if (!row) return { status: 201 };
  if (row.remaining !== null && row.remaining <= 1)
    sql.exec("DELETE FROM push_faults WHERE url = ? AND position = ?", url, row.position);
  else if (row.remaining !== null)
    sql.exec("UPDATE push_faults SET remaining = remaining - 1 WHERE url = ? AND position = ?", url, row.position);
  const fault = pushFaultSchema.parse(JSON.parse(row.fault));
  return { status: fault.status, retryAfter: fault.retryAfter };
}

/** Every request kept for the URL, oldest first. */
export function requestsTo(sql: SqlStorage, url: string): CapturedPush[] {
  return sql
    .exec<{ request: string }>("SELECT request FROM push_requests WHERE url = ? ORDER BY id", url)
    .toArray()
    .map((row) => JSON.parse(row.request) as CapturedPush);
}

export function forget(sql: SqlStorage, url: string): void {
  sql.exec("DELETE FROM push_requests WHERE url = ?", url);
  sql.exec("DELETE FROM push_faults WHERE url = ?", url);
}

/** Replaces the URL's faults; they answer in order, each for its `times`. */
export function setPushFaults(sql: SqlStorage, url: string, faults: PushFault[]): void {
  sql.exec("DELETE FROM push_faults WHERE url = ?", url);
  for (const [position, fault] of faults.entries())
    sql.exec(
      "INSERT INTO push_faults (url, position, fault, remaining) VALUES (?, ?, ?, ?)",
      url,
      position,
      JSON.stringify(fault),
      fault.times ?? null,
    );
}
