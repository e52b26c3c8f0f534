// Faults set per account by POST /sandbox/faults: an HTTP 429/5xx, a non-JSON HTML body, added
// latency, a dropped connection, NO_SERVER for calls through the edge (HTTP 403 on uploads), or
// the key revoked (AUTH_BAD_APIKEY, as after it is deleted or regenerated on alldebrid.com).
// Each may be limited to some endpoint paths and to a number of calls.
import { z } from "zod";
import { isApiPath, type ResolvedEndpoint } from "../../../protocol/alldebrid";

const limits = {
  /** How many matching calls the fault answers; absent = until cleared. */
  times: z.number().int().min(1).max(100_000).optional(),
  /** Endpoint paths it applies to, e.g. "/v4.1/link/unlock"; absent = every endpoint. */
  paths: z
    .array(z.string().refine(isApiPath, { message: "not an AllDebrid endpoint path (/v4/… or /v4.1/…)" }))
    .min(1)
    .optional(),
};

const faultSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("status"),
    status: z.union([z.literal(429), z.number().int().min(500).max(599)]),
    ...limits,
  }),
  z.object({ type: z.literal("html"), status: z.number().int().min(200).max(599).default(200), ...limits }),
  z.object({ type: z.literal("latency"), ms: z.number().int().min(1).max(30_000), ...limits }),
  z.object({ type: z.literal("drop"), ...limits }),
  z.object({ type: z.literal("noServer"), ...limits }),
  z.object({ type: z.literal("revoked"), ...limits }),
]);

export const faultsBodySchema = z.object({
  /** The account's key (or send it as Authorization: Bearer). */
  apikey: z.string().min(1).optional(),
  faults: z.array(faultSchema).max(20),
});

export type Fault = z.infer<typeof faultSchema>;

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS faults (
    apikey TEXT NOT NULL,
    position INTEGER NOT NULL,
    fault TEXT NOT NULL,
    remaining INTEGER,
    PRIMARY KEY (apikey, position)
  )`);
}

/** Replaces the account's faults (an empty list clears them). */
export function setFaults(sql: SqlStorage, apikey: string, faults: Fault[]): void {
  sql.exec("DELETE FROM faults WHERE apikey = ?", apikey);
  for (const [position, fault] of faults.entries()) {
    sql.exec(
      "INSERT INTO faults (apikey, position, fault, remaining) VALUES (?, ?, ?, ?)",
      apikey,
      position,
      JSON.stringify(fault),
      fault.times ?? null,
    );
  }
}

export interface ActiveFault {
  fault: Fault;
  remaining: number | null;
}

export function faultsOf(sql: SqlStorage, apikey: string): ActiveFault[] {
  return sql
    .exec<{ fault: string; remaining: number | null }>(
      "SELECT fault, remaining FROM faults WHERE apikey = ? ORDER BY position",
      apikey,
    )
    .toArray()
    .map((row) => ({ fault: faultSchema.parse(JSON.parse(row.fault)), remaining: row.remaining }));
}

/** Whether a fault applies to this call (NO_SERVER only to device-only endpoints through the edge, a revoked key only where a key is needed). */
function applies(fault: Fault, call: FaultedCall): boolean {
  if (fault.paths && !fault.paths.some((path) => path.replace(/\/+$/, "") === call.path)) return false;
  if (fault.type === "noServer") return call.viaEdge && call.endpoint?.deviceOnly === true;
  // Public endpoints ignore a bad key.
  if (fault.type === "revoked") return call.endpoint?.auth === "key";
  return true;
}

/** What a fault looks at in a call. */
export interface FaultedCall {
  path: string;
  endpoint: ResolvedEndpoint | null;
  viaEdge: boolean;
}

/** Latency faults add up; the first answering fault (status, html, drop, noServer, revoked) decides the answer. */
export interface TakenFaults {
  delayMs: number;
  answer: Exclude<Fault, { type: "latency" }> | null;
}

/** The faults for this call; each one used is counted against its `times`. */
export function takeFaults(sql: SqlStorage, apikey: string, call: FaultedCall): TakenFaults {
  const rows = sql
    .exec<{ position: number; fault: string; remaining: number | null }>(
      "SELECT position, fault, remaining FROM faults WHERE apikey = ? ORDER BY position",
      apikey,
    )
    .toArray();
  const taken: TakenFaults = { delayMs: 0, answer: null };
  for (const row of rows) {
    const fault = faultSchema.parse(JSON.parse(row.fault));
    if (!applies(fault, call)) continue;
    if (fault.type === "latency") taken.delayMs += fault.ms;
    else if (!taken.answer) taken.answer = fault;
    else continue;
    if (row.remaining === null) continue;
    if (row.remaining <= 1) sql.exec("DELETE FROM faults WHERE apikey = ? AND position = ?", apikey, row.position);
    else
      sql.exec("UPDATE faults SET remaining = remaining - 1 WHERE apikey = ? AND position = ?", apikey, row.position);
  }
  return taken;
}
