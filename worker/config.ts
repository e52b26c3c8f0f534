// The deployment's numeric settings, read once from the [vars] of wrangler.toml with their
// defaults: every part of the Worker takes its numbers from here. A missing, empty or nonsensical
// value falls back to the default, so a typo in a var never turns into a zero or NaN pace.
import type { Env } from "./env";

export interface Config {
  /** How long one upstream attempt may take, whole answer included (UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs: number;
  /** Age after which a cached hosts answer is refreshed in the background (HOSTS_CACHE_TTL_SECONDS). */
  hostsTtlSeconds: number;
  /** The request body limit (MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** How many bulk calls may wait for a budget slot at once (RATE_QUEUE_LIMIT). */
  rateQueueLimit: number;
  /** Live polls while a magnet is processing, and when all are settled (LIVE_POLL_ACTIVE_MS, LIVE_POLL_IDLE_MS). */
  livePoll: { activeMs: number; idleMs: number };
  /** Polls without a socket, and for how long after their last start (LIVE_POLL_BACKGROUND_MS, …_HOURS). */
  background: { pollMs: number; ceilingMs: number };
  /**
   * The cleanup rules' pace: how often the object looks at an account with a rule on when nothing
   * else brings it news (CLEANUP_CHECK_MINUTES), how many magnet/delete calls one run keeps
   * waiting or in flight (CLEANUP_IN_FLIGHT), and the pause after a run that could not finish
   * (the background pace, LIVE_POLL_BACKGROUND_MS).
   */
  cleanup: { checkMs: number; inFlight: number; retryMs: number };
  /** The sandbox's magnet pace and PIN lifetime (SANDBOX_PACE_MS, SANDBOX_PIN_TTL_SECONDS). */
  sandbox: { paceMs: number; pinTtlSeconds: number };
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** A positive number, or the default. */
function positive(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** A whole number of at least zero, or the default. */
function count(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

function read(env: Env): Config {
  const backgroundMs = positive(env.LIVE_POLL_BACKGROUND_MS, 30_000);
  return {
    upstreamTimeoutMs: positive(env.UPSTREAM_TIMEOUT_MS, 20_000),
    hostsTtlSeconds: positive(env.HOSTS_CACHE_TTL_SECONDS, 3 * 60 * 60),
    maxBodyBytes: Math.floor(positive(env.MAX_BODY_BYTES, 10 * 1024 * 1024)),
    rateQueueLimit: count(env.RATE_QUEUE_LIMIT, 120),
    livePoll: {
      activeMs: positive(env.LIVE_POLL_ACTIVE_MS, 2000),
      idleMs: positive(env.LIVE_POLL_IDLE_MS, 30_000),
    },
    background: {
      pollMs: backgroundMs,
      ceilingMs: positive(env.LIVE_POLL_BACKGROUND_HOURS, 24) * HOUR_MS,
    },
    cleanup: {
      checkMs: positive(env.CLEANUP_CHECK_MINUTES, 15) * MINUTE_MS,
      inFlight: Math.max(1, Math.floor(positive(env.CLEANUP_IN_FLIGHT, 4))),
      retryMs: backgroundMs,
    },
    sandbox: {
      paceMs: positive(env.SANDBOX_PACE_MS, 3000),
      pinTtlSeconds: positive(env.SANDBOX_PIN_TTL_SECONDS, 600),
    },
  };
}

/** The same env object (one per isolate) is read once. */
const known = new WeakMap<Env, Config>();

export function configOf(env: Env): Config {
  let config = known.get(env);
  if (!config) {
    config = read(env);
    known.set(env, config);
  }
  return config;
}
