// When to try the live socket again: exponential backoff with jitter and a cap, so many
// devices that lost the server at once do not come back at the same moment.

export interface BackoffOptions {
  /** First delay, in ms. */
  base: number;
  /** Longest delay, in ms. */
  cap: number;
}

const LIVE_BACKOFF: BackoffOptions = { base: 500, cap: 30_000 };

/** How long a socket must stay open before a later drop starts again from the first delay. */
export const STABLE_AFTER_MS = 10_000;

/** How long to wait for a socket to open before giving up on that attempt. */
export const CONNECT_TIMEOUT_MS = 8_000;

/** Failed attempts in a row after which the list is fetched by polling while the socket keeps retrying. */
export const POLL_AFTER_FAILURES = 2;

/** Delay before attempt `attempt` (0 for the first retry): between half and all of min(cap, base·2^attempt). */
export function reconnectDelay(attempt: number, options: BackoffOptions = LIVE_BACKOFF, random = Math.random): number {
  const ceiling = Math.min(options.cap, options.base * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
