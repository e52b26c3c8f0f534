// The sandbox's test hooks applied before any endpoint runs: per-account call statistics, the
// documented rate limits (HTTP 429, code RATE_LIMITED) and the faults set with POST /sandbox/faults.
import { AllDebridError, type ErrorCode, httpStatusFor, JSON_CONTENT_TYPE } from "../../../protocol/alldebrid";
import { isSandboxKey } from "../accounts/keys";
import type { SandboxCall, SandboxReply } from "../call";
import { type Fault, migrate as migrateFaults, takeFaults } from "./faults";
import type { RateLimiter } from "./rate";
import { countCall, countRateLimited, migrate as migrateStats } from "./stats";

export { RateLimiter } from "./rate";
export { opsRoutes } from "./routes";

export function migrate(sql: SqlStorage): void {
  migrateStats(sql);
  migrateFaults(sql);
}

/** An error as the sandbox sends it: the envelope of AllDebridError#toBody, with its status. */
export function errorReply(error: AllDebridError): SandboxReply {
  return { status: error.status, body: JSON.stringify(error.toBody()), contentType: JSON_CONTENT_TYPE };
}

function codeReply(code: ErrorCode, status = httpStatusFor(code)): SandboxReply {
  return errorReply(new AllDebridError(code, undefined, status));
}

function htmlReply(status: number): SandboxReply {
  const body = `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status}</h1><p>The server could not answer this request.</p></body></html>`;
  return { status, body, contentType: "text/html; charset=utf-8" };
}

function faultReply(fault: Exclude<Fault, { type: "latency" }>, call: SandboxCall): SandboxReply {
  switch (fault.type) {
    case "status":
      return codeReply(
        fault.status === 429 ? "RATE_LIMITED" : fault.status === 503 ? "MAINTENANCE" : "GENERIC",
        fault.status,
      );
    case "html":
      return htmlReply(fault.status);
    case "drop":
      return { status: 200, body: "", contentType: JSON_CONTENT_TYPE, drop: true };
    case "noServer":
      // Since December 2025 the service refuses an upload from a datacenter with HTTP 403 and
      // NO_SERVER (no longer the documented MAGNET_NO_SERVER); an unlock keeps its 200 envelope.
      return call.endpoint?.name === "link/unlock" ? codeReply("NO_SERVER") : codeReply("NO_SERVER", 403);
    case "revoked":
      return codeReply("AUTH_BAD_APIKEY");
  }
}

export interface BeforeCall {
  /** Answers the call instead of its endpoint. */
  reply: SandboxReply | null;
  /** Latency to add to whatever answers. */
  delayMs: number;
}

/**
 * Runs before every API call with a key: counts it under the key's keyed hash `keyName`, then,
 * for sandbox keys only, applies the rate limits and the account's faults. No key is stored.
 */
export function beforeCall(
  sql: SqlStorage,
  call: SandboxCall,
  keyName: string | null,
  now: number,
  limiter: RateLimiter,
): BeforeCall {
  if (keyName) countCall(sql, keyName, call.path, call.ip);
  if (!call.apikey || !isSandboxKey(call.apikey)) return { reply: null, delayMs: 0 };
  if (!limiter.allow(call.apikey, now)) {
    if (keyName) countRateLimited(sql, keyName);
    return { reply: codeReply("RATE_LIMITED"), delayMs: 0 };
  }
  const { delayMs, answer } = takeFaults(sql, call.apikey, call);
  return { reply: answer ? faultReply(answer, call) : null, delayMs };
}
