// The sandbox's test hooks: per-account call statistics, injected faults and the documented
// rate limits, applied before any endpoint runs.
import { Hono } from "hono";
import type { AppEnv } from "../../env";
import type { SandboxCall, SandboxReply } from "../call";

export function migrate(_sql: SqlStorage): void {}

/** Runs before every API call; a reply here answers the call instead of its endpoint. */
export function beforeCall(_sql: SqlStorage, _call: SandboxCall, _now: number): SandboxReply | null {
  return null;
}

/** GET /sandbox/stats and POST /sandbox/faults. */
export const opsRoutes = new Hono<AppEnv>();
