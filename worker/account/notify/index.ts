// Notifications of one account, as its object uses them: the devices' push subscriptions and the
// webhook, the events a poll produced (queued in the poll's own transaction), their delivery,
// and background polling: while a magnet is processing and the account has somewhere to notify,
// the object keeps polling without any socket, at LIVE_POLL_BACKGROUND_MS, for at most
// LIVE_POLL_BACKGROUND_HOURS after the last thing that started it (docs/notifications.md).
import type { Magnet } from "../../../protocol/alldebrid";
import { magnetsDonePayload } from "../../../protocol/push";
import { configOf } from "../../config";
import type { Env } from "../../env";
import { FreshRuns } from "../live/fresh-runs";
import { deliverDue } from "./courier";
import { settledSince } from "./events";
import { NotifyStore, type StoredSubscription } from "./store";

export { pushEndpointProblem, webhookProblem } from "./targets";

export function notificationsEnabled(env: Env): boolean {
  return env.NOTIFICATIONS_ENABLED !== "false";
}

export class Notifier {
  private readonly store: NotifyStore;
  /** The pace of polls without a socket, and the pause before a delivery's one retry. */
  readonly backgroundMs: number;
  private readonly ceilingMs: number;
  private origin = "";
  private readonly deliveries = new FreshRuns(() =>
    deliverDue({ env: this.env, store: this.store, origin: this.origin, retryMs: this.backgroundMs }),
  );

  constructor(
    sql: SqlStorage,
    private readonly env: Env,
  ) {
    this.store = new NotifyStore(sql);
    ({ pollMs: this.backgroundMs, ceilingMs: this.ceilingMs } = configOf(env).background);
  }

  private get active(): boolean {
    return notificationsEnabled(this.env) && this.store.hasTargets();
  }

  /**
   * Something the user did (a write, a new target, the last device leaving) starts the ceiling
   * again; `pollFirst` (a write, a new target) asks for one poll even if nothing is processing yet.
   */
  restartBackground(now: number, pollFirst = true): void {
    if (this.active) this.store.setBackground(now, !pollFirst);
  }

  /** Whether the object should poll with no device connected: see the module comment. */
  wantsBackgroundPoll(now: number, processing: boolean): boolean {
    if (!this.active) return false;
    const { startedAt, polled } = this.store.background();
    if (startedAt === 0 || now >= startedAt + this.ceilingMs) return false;
    // The first poll after a start finds the magnet a write just added.
    return processing || !polled;
  }

  /** A poll answered: the one that follows a start has happened. */
  polled(): void {
    const { startedAt, polled } = this.store.background();
    if (startedAt > 0 && !polled) this.store.setBackground(startedAt, true);
  }

  /**
   * Queues the magnets a poll settled, as one event for every target; called inside the
   * transaction that stores the poll, so an event is never lost nor queued twice. True when queued.
   */
  record(processingBefore: Set<number>, magnets: Map<number, Magnet>, version: number, now: number): boolean {
    if (!this.active) return false;
    const settled = settledSince(processingBefore, magnets);
    if (settled.length === 0) return false;
    this.store.enqueue(magnetsDonePayload(`m${version}`, Math.floor(now / 1000), settled), now);
    return true;
  }

  /** Magnets wait in the line and AllDebrid has room, with no device open to send them: tell the account. */
  lineCanMove(waiting: number, now: number): void {
    if (!this.active) return;
    const at = Math.floor(now / 1000);
    this.store.enqueue({ kind: "line-can-move", event: `line${at}`, at, waiting }, now);
  }

  /** When the outbox next needs the alarm, or null. */
  nextDue(): number | null {
    return this.store.nextDue();
  }

  /** Sends what is due; one run at a time. */
  deliver(origin: string): Promise<void> {
    this.origin = origin;
    return this.deliveries.next();
  }

  subscribe(subscription: StoredSubscription, now: number): void {
    this.store.subscribe(subscription, now);
    this.restartBackground(now);
  }

  unsubscribe(endpoint: string): void {
    this.store.unsubscribe(endpoint);
  }

  webhook(): string | null {
    return this.store.webhook();
  }

  setWebhook(url: string | null, now: number): void {
    this.store.setWebhook(url);
    this.restartBackground(now);
  }
}
