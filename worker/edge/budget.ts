// The upstream rate budget of one account (12 calls a second, 600 a minute, as AllDebrid
// documents): a call waits for a free slot in a bounded queue, or is refused past the bound.
// Slots are handed out in order as start times, so the windows hold however many callers race.

export interface SlotGrant {
  /** False when the queue is full: answer 429 with Retry-After. */
  granted: boolean;
  /** How long the caller waited for its slot (ms), or how long to wait before retrying. */
  waitedMs: number;
  retryAfterSeconds?: number;
}

export interface BudgetLimits {
  perSecond: number;
  perMinute: number;
  /** How many calls may wait for a slot at once; the next one is refused. */
  queueLimit: number;
  /**
   * Added to each window: a call reaches AllDebrid a few milliseconds after its slot starts,
   * and those delays vary, so windows measured at the far end must still hold.
   */
  slackMs: number;
}

export const DOCUMENTED_LIMITS: BudgetLimits = { perSecond: 12, perMinute: 600, queueLimit: 120, slackMs: 100 };

/** The queue bound from the RATE_QUEUE_LIMIT var, else the default. */
export function budgetLimits(queueLimitVar: string | undefined): BudgetLimits {
  const queueLimit = Number(queueLimitVar);
  if (!Number.isInteger(queueLimit) || queueLimit < 0) return DOCUMENTED_LIMITS;
  return { ...DOCUMENTED_LIMITS, queueLimit };
}

export class RateBudget {
  /** Start times of the slots handed out in the last minute (and the ones still ahead), ascending. */
  private readonly starts: number[] = [];

  constructor(
    private readonly limits: BudgetLimits = DOCUMENTED_LIMITS,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Waits until a call may go upstream now; resolves immediately when the budget allows. */
  async reserve(now: number): Promise<SlotGrant> {
    const start = this.nextStart(now);
    const waitMs = start - now;
    const waiting = this.starts.filter((s) => s > now).length;
    if (waitMs > 0 && waiting >= this.limits.queueLimit) {
      return { granted: false, waitedMs: 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    this.starts.push(start);
    if (waitMs > 0) await this.sleep(waitMs);
    return { granted: true, waitedMs: waitMs };
  }

  /** The earliest time at or after `now` when both windows have room. */
  nextStart(now: number): number {
    const windowStart = now - 60_000 - this.limits.slackMs;
    while (this.starts.length > 0 && (this.starts[0] ?? 0) <= windowStart) this.starts.shift();
    let start = now;
    const { perSecond, perMinute, slackMs } = this.limits;
    const secondAgo = this.starts[this.starts.length - perSecond];
    if (secondAgo !== undefined) start = Math.max(start, secondAgo + 1000 + slackMs);
    const minuteAgo = this.starts[this.starts.length - perMinute];
    if (minuteAgo !== undefined) start = Math.max(start, minuteAgo + 60_000 + slackMs);
    return start;
  }
}
