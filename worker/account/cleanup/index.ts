// The account's cleanup rules, as its object applies them (docs/caps.md): the rules themselves,
// when a run is next due, the run (finished magnets deleted upstream, oldest first) and "delete
// the oldest finished" for an add refused at 1000 magnets. The object polls before a run when
// what it holds may be stale, and polls after one, so every device sees the removals in the feed.
import type { Magnet } from "../../../protocol/alldebrid";
import { type CleanupRules, cleanupOn } from "../../../protocol/cleanup";
import type { CleanupMessage } from "../../../protocol/live";
import type { Config } from "../../config";
import { finishedOldestFirst, magnetsToClean, nextComingOfAge } from "./choose";
import { type Deleted, deleteAll, type RemoveOne } from "./delete";
import { CleanupStore } from "./store";

export { deleteUpstream } from "./delete";

/** A device that connects hears of the last run if it was this recent; older news is no news. */
const RECENT_RUN_MS = 24 * 60 * 60 * 1000;

export class Cleanup {
  private readonly store: CleanupStore;
  private rulesHeld: CleanupRules;
  /** When the rules last looked at the account; 0 after a wake-up or a new rule: look now. */
  private lookedAt = 0;
  /** A run that could not finish waits until then. */
  private retryAt = 0;
  /** Deleted upstream, still in what the object holds until the next poll drops them. */
  private readonly deleted = new Set<number>();

  constructor(
    sql: SqlStorage,
    private readonly pace: Config["cleanup"],
  ) {
    this.store = new CleanupStore(sql);
    this.rulesHeld = this.store.rules();
  }

  rules(): CleanupRules {
    return this.rulesHeld;
  }

  /** Stores new rules; they are applied at once (the next wake-up is now). */
  setRules(rules: CleanupRules): CleanupRules {
    this.store.setRules(rules);
    this.rulesHeld = rules;
    this.lookedAt = 0;
    this.retryAt = 0;
    return rules;
  }

  /**
   * When the rules next need the object: now when they have something to delete (unless a run
   * just failed), else when the oldest finished magnet comes of age, and in any case a look every
   * CLEANUP_CHECK_MINUTES for magnets that finished while nobody polled. Null with no rule on.
   */
  nextDue(magnets: Map<number, Magnet>, now: number): number | null {
    const rules = this.rulesHeld;
    if (!cleanupOn(rules)) return null;
    this.forgetGone(magnets);
    if (magnetsToClean(magnets.values(), rules, now, this.deleted).length > 0) return Math.max(now, this.retryAt);
    const look = this.lookedAt + this.pace.checkMs;
    return Math.min(look, nextComingOfAge(magnets.values(), rules) ?? look);
  }

  /** The object could not get fresh magnets: look again at the background pace. */
  postpone(now: number): void {
    this.lookedAt = now;
    this.retryAt = now + this.pace.retryMs;
  }

  /** Deletes what the rules say; the run's report when it deleted something. */
  async run(magnets: Map<number, Magnet>, now: number, remove: RemoveOne): Promise<CleanupMessage | null> {
    this.lookedAt = now;
    const chosen = magnetsToClean(magnets.values(), this.rulesHeld, now, this.deleted);
    const { removed, stoppedBy } = await this.remove(chosen, remove);
    this.retryAt = stoppedBy ? now + this.pace.retryMs : 0;
    return removed.length > 0 ? this.store.recordRun(removed, Date.now()) : null;
  }

  /** Deletes the `count` oldest finished magnets (room for an add refused at 1000), whatever the rules. */
  deleteOldest(magnets: Map<number, Magnet>, count: number, remove: RemoveOne): Promise<Deleted> {
    const oldest = finishedOldestFirst(magnets.values(), this.deleted).slice(0, count);
    return this.remove(
      oldest.map((magnet) => magnet.id),
      remove,
    );
  }

  /** The last run that deleted something, for a device that connects: within the last day only. */
  lastRun(now: number): CleanupMessage | null {
    const last = cleanupOn(this.rulesHeld) ? this.store.lastRun() : null;
    return last && last.at * 1000 > now - RECENT_RUN_MS ? last : null;
  }

  private async remove(ids: number[], remove: RemoveOne): Promise<Deleted> {
    const deleted = await deleteAll(ids, this.pace.inFlight, remove);
    for (const id of deleted.removed) this.deleted.add(id);
    return deleted;
  }

  private forgetGone(magnets: Map<number, Magnet>): void {
    for (const id of this.deleted) if (!magnets.has(id)) this.deleted.delete(id);
  }
}
