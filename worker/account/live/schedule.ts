// When the next live poll runs: fast while a magnet is processing, slow when all are settled,
// and after upstream faults an exponential backoff with jitter, capped, so the loop never ends.

const MAX_BACKOFF_MS = 60_000;

export interface PollIntervals {
  activeMs: number;
  idleMs: number;
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
