// The upstream rate budget of one account (12 calls a second, 600 a minute, as AllDebrid
// documents): a call waits for a free slot in a bounded queue, or is refused past the bound.
// Two lanes: live polls (magnet status, PIN checks) may use the whole budget and are served
// first; bulk calls leave them a reserved share, so a burst never delays what devices follow.
// A slot counts from its grant until the caller releases it (its answer is back, so the call
// reached AllDebrid by then), so the limits hold where AllDebrid counts, whatever the delays;
// under light load a slot just counts for `maxTransitMs`, sparing the release round trip.
import { RpcTarget } from "cloudflare:workers";
import { RATE_LIMITS } from "../../protocol/alldebrid";

export interface SlotGrant {
  /** False when the queue is full: answer 429 with Retry-After. */
  granted: boolean;
  /** How long the caller waited for its slot (ms), or how long to wait before retrying. */
  waitedMs: number;
  retryAfterSeconds?: number;
  /** Release it once the upstream answered; absent under light load. A slot not released ends `maxTransitMs` after its grant. */
  slot?: UpstreamSlot;
}

export type Lane = "live" | "bulk";

export interface BudgetLimits {
  perSecond: number;
  perMinute: number;
  /** How many bulk calls may wait for a slot at once; the next one is refused. */
  queueLimit: number;
  /** A granted call reaches AllDebrid within this time, released or not. */
  maxTransitMs: number;
  /** The share bulk calls leave to the live lane. */
  reserved: { perSecond: number; perMinute: number };
}

const DOCUMENTED_LIMITS: BudgetLimits = {
  ...RATE_LIMITS,
  queueLimit: 120,
  maxTransitMs: 2000,
  reserved: { perSecond: 2, perMinute: 60 },
};

/** Live polls come one at a time per device at most: a small bound is plenty. */
const LIVE_QUEUE_LIMIT = 30;

/** The documented limits with the deployment's queue bound (RATE_QUEUE_LIMIT). */
export function budgetLimits(queueLimit: number): BudgetLimits {
  return { ...DOCUMENTED_LIMITS, queueLimit };
}

/** A granted slot, handed over RPC as a stub: the caller's release() runs back in the budget. */
class UpstreamSlot extends RpcTarget {
  constructor(private readonly onRelease: () => void) {
    super();
  }

  release(): void {
    this.onRelease();
  }
}

type Waiter = { since: number; grant: (grant: SlotGrant) => void };

export class RateBudget {
  /** Granted slots not yet released, by id, with their grant time. */
  private readonly inFlight = new Map<number, number>();
  /** When released slots ended, over the last minute. */
  private ended: number[] = [];
  private readonly waiting: Record<Lane, Waiter[]> = { live: [], bulk: [] };
  private timer: number | null = null;
  private nextId = 1;
  /** Slots in flight or ended within the last second, as of the last check. */
  private recentLoad = 0;

  constructor(
    private readonly limits: BudgetLimits = DOCUMENTED_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Resolves when a call may go upstream now; at once when the budget allows. */
  reserve(lane: Lane = "bulk"): Promise<SlotGrant> {
    const now = this.clock();
    const queue = this.waiting[lane];
    const ahead = queue.length + (lane === "bulk" ? this.waiting.live.length : 0);
    if (ahead === 0 && this.hasRoom(now, lane)) return Promise.resolve(this.grant(now, now));
    if (queue.length >= (lane === "live" ? LIVE_QUEUE_LIMIT : this.limits.queueLimit)) {
      const retryAfterSeconds = Math.max(1, Math.ceil(queue.length / this.limits.perSecond));
      return Promise.resolve({ granted: false, waitedMs: 0, retryAfterSeconds });
    }
    return new Promise((resolve) => {
      queue.push({ since: now, grant: resolve });
      this.wakeLater(now);
    });
  }

  /** How many calls wait for a slot now, both lanes. */
  get queued(): number {
    return this.waiting.live.length + this.waiting.bulk.length;
  }

  private grant(now: number, since: number): SlotGrant {
    const id = this.nextId++;
    // Under light load a slot simply ends `maxTransitMs` after its grant: no release round trip.
    const light = this.recentLoad < this.limits.perSecond / 2;
    this.inFlight.set(id, now);
    this.recentLoad++;
    if (light) return { granted: true, waitedMs: now - since };
    const slot = new UpstreamSlot(() => this.release(id));
    return { granted: true, waitedMs: now - since, slot };
  }

  private release(id: number): void {
    const grantedAt = this.inFlight.get(id);
    if (grantedAt === undefined) return;
    this.inFlight.delete(id);
    const now = this.clock();
    this.ended.push(Math.min(now, grantedAt + this.limits.maxTransitMs));
    this.serveWaiting();
  }

  /** Counts every slot that may have reached AllDebrid within the last second and minute. */
  private hasRoom(now: number, lane: Lane): boolean {
    for (const [id, grantedAt] of this.inFlight) {
      if (grantedAt + this.limits.maxTransitMs > now) continue;
      this.inFlight.delete(id);
      this.ended.push(grantedAt + this.limits.maxTransitMs);
    }
    this.ended = this.ended.filter((end) => end > now - 60_000);
    const lastSecond = this.ended.filter((end) => end > now - 1000).length;
    this.recentLoad = this.inFlight.size + lastSecond;
    const kept = lane === "bulk" ? this.limits.reserved : { perSecond: 0, perMinute: 0 };
    return (
      this.inFlight.size + lastSecond < this.limits.perSecond - kept.perSecond &&
      this.inFlight.size + this.ended.length < this.limits.perMinute - kept.perMinute
    );
  }

  /** Live waiters first, then bulk ones, as long as each lane has room. */
  private serveWaiting(): void {
    const now = this.clock();
    for (const lane of ["live", "bulk"] as const) {
      const queue = this.waiting[lane];
      while (queue.length > 0 && this.hasRoom(now, lane)) {
        const waiter = queue.shift();
        waiter?.grant(this.grant(now, waiter.since));
      }
    }
    if (this.queued > 0) this.wakeLater(now);
  }

  /** Sleeps until the next moment a slot may free up by time alone (a release wakes it earlier). */
  private wakeLater(now: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    const moments = [
      ...this.ended.map((end) => (end > now - 1000 ? end + 1000 : end + 60_000)),
      ...[...this.inFlight.values()].map((grantedAt) => grantedAt + this.limits.maxTransitMs),
    ].filter((moment) => moment > now);
    const next = moments.length > 0 ? Math.min(...moments) : now + 1;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.serveWaiting();
      },
      Math.max(1, next - now),
    );
  }
}
