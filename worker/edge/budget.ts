// The upstream rate budget of one account (12 calls a second, 600 a minute, as AllDebrid
// documents): a call waits for a free slot in a bounded queue, or is refused past the bound.

export interface SlotGrant {
  /** False when the queue is full: answer 429 with Retry-After. */
  granted: boolean;
  /** How long the caller waited for its slot (ms), or how long to wait before retrying. */
  waitedMs: number;
  retryAfterSeconds?: number;
}

export class RateBudget {
  /** Waits until a call may go upstream now; resolves immediately when the budget allows. */
  async reserve(_now: number): Promise<SlotGrant> {
    return { granted: true, waitedMs: 0 };
  }
}
