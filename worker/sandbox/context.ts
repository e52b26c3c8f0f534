// What every sandbox endpoint handler receives, and the handler type itself.
import type { EndpointName, Version } from "../../protocol/alldebrid";
import type { SandboxAccount } from "./accounts";
import type { Params, UploadedTorrent } from "./call";

interface SandboxConfig {
  /** Milliseconds per magnet status step. */
  paceMs: number;
  /** How long a PIN of pin/get lives (SANDBOX_PIN_TTL_SECONDS, 600 by default). */
  pinTtlSeconds?: number;
}

export interface HandlerContext {
  sql: SqlStorage;
  /** The caller's account; null on public endpoints called without a key. */
  account: SandboxAccount | null;
  params: Params;
  files: UploadedTorrent[];
  /** Milliseconds since the epoch, read once per call. */
  now: number;
  viaEdge: boolean;
  baseUrl: string;
  config: SandboxConfig;
}

/** The account of an authenticated endpoint (the dispatcher has checked it). */
export function requireAccount(ctx: HandlerContext): SandboxAccount {
  if (!ctx.account) throw new Error("handler of an authenticated endpoint called without an account");
  return ctx.account;
}

/**
 * An endpoint's implementation: returns the envelope's `data` or throws an AllDebridError,
 * which the dispatcher turns into the error envelope.
 */
export type Handler = (ctx: HandlerContext) => unknown | Promise<unknown>;

/** One handler for every version of an endpoint, or one per version where their answers differ. */
export type Handlers = Partial<Record<EndpointName, Handler | Partial<Record<Version, Handler>>>>;

/** A feature's share of the sandbox: its tables and its endpoints. */
export interface SandboxFeature {
  /** CREATE TABLE IF NOT EXISTS ... for the feature's tables. */
  migrate?: (sql: SqlStorage) => void;
  handlers: Handlers;
}
