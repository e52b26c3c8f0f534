// The documented rate limits per apikey: 12 calls a second and 600 a minute. Kept in memory:
// losing the window when the object is evicted only forgives a few calls.
import { RATE_LIMITS } from "../../../protocol/alldebrid";

const LIMITS: ReadonlyArray<{ windowMs: number; max: number }> = [
  { windowMs: 1_000, max: RATE_LIMITS.perSecond },
  { windowMs: 60_000, max: RATE_LIMITS.perMinute },
];

export class RateLimiter {
  private readonly calls = new Map<string, number[]>();

  /** Records the call when it is within the limits; false when it is over them. */
  allow(apikey: string, now: number): boolean {
    const recent = (this.calls.get(apikey) ?? []).filter((time) => time > now - 60_000);
    const over = LIMITS.some(({ windowMs, max }) => recent.filter((time) => time > now - windowMs).length >= max);
    if (!over) recent.push(now);
    if (recent.length > 0) this.calls.set(apikey, recent);
    else this.calls.delete(apikey);
    return !over;
  }
}
