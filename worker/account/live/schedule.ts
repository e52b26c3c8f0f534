// When the next live poll runs: fast while a magnet is processing, slow when all are settled,
// and after upstream faults an exponential backoff with jitter, capped, so the loop never ends.
import type { Env } from "../../env";

export const MAX_BACKOFF_MS = 60_000;

export interface PollIntervals {
  activeMs: number;
  idleMs: number;
}

export function positive(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function pollIntervals(env: Env): PollIntervals {
  return { activeMs: positive(env.LIVE_POLL_ACTIVE_MS, 2000), idleMs: positive(env.LIVE_POLL_IDLE_MS, 30_000) };
}

/** Milliseconds until the next poll; `random` is injectable so tests can pin the jitter. */
export function nextPollDelay(
  intervals: PollIntervals,
  processing: boolean,
  failures: number,
  random: () => number = Math.random,
): number {
  const base = processing ? intervals.activeMs : intervals.idleMs;
  if (failures <= 0) return base;
  const backoff = Math.min(intervals.activeMs * 2 ** Math.min(failures, 20), MAX_BACKOFF_MS);
  // Up to 20% jitter either way, so many accounts recovering from one outage do not retry in step.
  return Math.max(intervals.activeMs, Math.round(backoff * (0.8 + 0.4 * random())));
}
