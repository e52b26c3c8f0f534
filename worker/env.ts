// The Worker's bindings and configuration (wrangler.toml [vars], secrets), typed once.
import type { Account } from "./live/account";
import type { Sandbox } from "./sandbox/state";

export interface Env {
  ASSETS: Fetcher;
  /** The public hosts data, and the allowlist cache under keyed hashes: never an apikey in clear. */
  HOSTS_CACHE: KVNamespace;
  /** One object per AllDebrid account (named by a keyed hash of the apikey): live sync and rate budget. */
  ACCOUNT: DurableObjectNamespace<Account>;
  /** The sandbox's state. */
  SANDBOX: DurableObjectNamespace<Sandbox>;

  /** Where AllDebrid calls go: "sandbox" for the built-in emulator, else a base URL. */
  UPSTREAM_URL: string;
  /** "true" mounts the emulator at /sandbox. */
  SANDBOX_ENABLED: string;
  /** How many milliseconds a sandbox magnet takes per status step (fast in tests). */
  SANDBOX_PACE_MS?: string;
  /** How long a sandbox PIN lives, in seconds (600, as documented, by default). */
  SANDBOX_PIN_TTL_SECONDS?: string;
  HOSTS_CACHE_TTL_SECONDS?: string;
  /** Comma-separated AllDebrid usernames allowed to use this deployment; empty allows all. */
  ALLOWED_USERS?: string;
  /** Comma-separated origins allowed by CORS; empty turns CORS off. */
  CORS_ORIGINS?: string;
  MAX_BODY_BYTES?: string;
  /** How long the edge waits for one upstream answer (ms) before answering UPSTREAM_TIMEOUT. */
  UPSTREAM_TIMEOUT_MS?: string;
  /** How many calls of one account may wait for a rate-budget slot before the next gets 429. */
  RATE_QUEUE_LIMIT?: string;
  LIVE_POLL_ACTIVE_MS?: string;
  LIVE_POLL_IDLE_MS?: string;
  /** Secret: the key of the keyed hash that names per-user objects and cache entries. */
  KEY_HASH_SECRET?: string;
}

export interface AppEnv {
  Bindings: Env;
  Variables: Record<string, never>;
}

export const VERSION = "0.1.0";

export function isSandboxUpstream(env: Env): boolean {
  return env.UPSTREAM_URL === "sandbox";
}
