// AllDebrid's caps as the account object keeps them (docs/caps.md): the cleanup rules, run beside
// the alarm and told to every device; "delete the oldest finished" for an add refused at 1000
// magnets; the waiting line at 30 active, shown to every device; and the hashes of magnets added
// through the deployment, which the status lacks. The object composes it with its live sync,
// its key, its budget and its notifications, and asks it when it is next due.
import { AllDebridError, type Magnet, type MagnetChange } from "../../protocol/alldebrid";
import type { LineDoneBody } from "../../protocol/api-bodies";
import type { CleanupRules, OldestDeleted } from "../../protocol/cleanup";
import type { TakenMagnets, WaitingLine } from "../../protocol/line";
import type { ServerMessage } from "../../protocol/live";
import type { Config } from "../config";
import type { Env } from "../env";
import type { UpstreamBudget } from "../upstream";
import { Cleanup, deleteUpstream } from "./cleanup";
import type { Credentials } from "./credentials";
import { type MagnetHash, MagnetHashes } from "./hashes";
import { Line } from "./line";
import { processingIds } from "./live/merge";
import { sendText } from "./live/sockets";
import type { LiveSync } from "./live/sync";

/** What the caps need of the object around them. */
export interface CapsHooks {
  env: Env;
  config: Config["cleanup"];
  live: LiveSync;
  credentials: Credentials;
  /** The bulk lane of the account's budget: the devices' live polls keep their share. */
  bulkBudget: UpstreamBudget;
  /** With no device open, the account is told by push that the line can move. */
  lineCanMove(waiting: number): void;
  /** Keeps a run going after the alarm that started it has ended. */
  waitUntil(work: Promise<unknown>): void;
  /** Plans the next wake-up, once a run ends. */
  reschedule(): Promise<void>;
}

export class AccountCaps {
  private readonly cleanup: Cleanup;
  private readonly line: Line;
  private readonly hashes: MagnetHashes;
  /** A cleanup run going on, beside the alarm (the live polls go on meanwhile). */
  private cleaning: Promise<void> | null = null;

  constructor(
    sql: SqlStorage,
    private readonly hooks: CapsHooks,
  ) {
    this.cleanup = new Cleanup(sql, hooks.config);
    this.line = new Line(sql);
    this.hashes = new MagnetHashes(sql);
  }

  private get live(): LiveSync {
    return this.hooks.live;
  }

  /** When the cleanup rules next want a look, or null (none on, a run going on, the key refused). */
  nextDue(now: number): number | null {
    if (this.cleaning || this.live.feed.position.refused) return null;
    return this.cleanup.nextDue(this.live.feed.magnets, now);
  }

  /** Starts the rules' run beside the alarm; the next wake-up is planned once it ends. */
  startCleanup(): void {
    if (this.cleaning) return;
    this.cleaning = this.cleanUp()
      .catch((error) => console.error(`cleanup failed: ${error instanceof Error ? error.name : typeof error}`))
      .finally(() => {
        this.cleaning = null;
        return this.hooks.reschedule();
      });
    this.hooks.waitUntil(this.cleaning);
  }

  /** One run, on fresh magnets only, then a poll so every device sees what went. */
  private async cleanUp(): Promise<void> {
    if (this.live.isStale(Date.now()) && (await this.live.poll()).kind !== "data") {
      this.cleanup.postpone(Date.now());
      return;
    }
    const run = await this.cleanup.run(this.live.feed.magnets, Date.now(), (id) => this.deleteMagnet(id));
    if (!run) return;
    this.live.requestPoll(Date.now());
    this.live.announce(run);
  }

  /** One magnet/delete with the account's key, in the bulk lane. */
  private async deleteMagnet(id: number): Promise<AllDebridError | null> {
    const { env, credentials, bulkBudget } = this.hooks;
    const apikey = await credentials.current();
    if (!apikey) return new AllDebridError("AUTH_MISSING_APIKEY");
    return deleteUpstream(env, { origin: credentials.origin, apikey, budget: bulkBudget }, id);
  }

  rules(): CleanupRules {
    return this.cleanup.rules();
  }

  setRules(rules: CleanupRules): CleanupRules {
    return this.cleanup.setRules(rules);
  }

  /** Deletes up to `count` of the oldest finished magnets: those removed, or the refusal when none went. */
  async deleteOldest(count: number): Promise<OldestDeleted | AllDebridError> {
    const { removed, stoppedBy } = await this.cleanup.deleteOldest(this.live.feed.magnets, count, (id) =>
      this.deleteMagnet(id),
    );
    return removed.length === 0 && stoppedBy ? stoppedBy : { removed };
  }

  // The waiting line.

  private processing(): number {
    return processingIds(this.live.feed.magnets).size;
  }

  lineNow(): WaitingLine {
    return this.line.state(this.processing(), Date.now());
  }

  /** Magnets refused at 30 active wait; throws the refusal of a line that cannot take them. */
  join(magnets: Array<{ magnet: string; name?: string }>): WaitingLine {
    this.line.join(magnets, Date.now());
    return this.tellLine();
  }

  take(): TakenMagnets {
    const magnets = this.line.take(this.processing(), Date.now());
    if (magnets.length > 0) this.tellLine();
    return { magnets };
  }

  /** What became of taken magnets; true when some were sent (writes upstream: the object polls). */
  done(outcome: LineDoneBody): { line: WaitingLine; sent: boolean } {
    this.line.done(outcome);
    return { line: this.tellLine(), sent: outcome.sent.length > 0 };
  }

  /** A magnet no longer in the line (another device sent or cancelled it) changes nothing. */
  cancel(id: number): WaitingLine {
    return this.line.cancel(id) ? this.tellLine() : this.lineNow();
  }

  /** Sends the line to every device (an empty line too: it says nobody waits any more); returns it. */
  private tellLine(): WaitingLine {
    const line = this.lineNow();
    this.live.announce({ type: "line", ...line });
    return line;
  }

  // Around each poll.

  /** A poll answered: the line's magnets just sent are in the account now; the magnets get their hashes. */
  polled(magnets: MagnetChange[]): MagnetChange[] {
    this.line.polled();
    return this.hashes.decorate(magnets);
  }

  /** A poll changed the magnets: devices see the line's free slots, and with none open the account is told by push. */
  afterChange(magnets: Map<number, Magnet>): void {
    if (this.line.empty) return;
    const line = this.line.state(processingIds(magnets).size, Date.now());
    this.live.announce({ type: "line", ...line });
    const waiting = this.line.toTell(line, this.live.devicesOnline());
    if (waiting !== null) this.hooks.lineCanMove(waiting);
  }

  /** What a device hears right after its first message: the line, and the last cleanup run. */
  greet(ws: WebSocket): void {
    if (!this.line.empty) sendText(ws, JSON.stringify({ type: "line", ...this.lineNow() } satisfies ServerMessage));
    const run = this.cleanup.lastRun(Date.now());
    if (run) sendText(ws, JSON.stringify(run satisfies ServerMessage));
  }

  /** Keeps the hashes of magnets added through the deployment, and gives every device those it lacked. */
  rememberHashes(added: MagnetHash[]): void {
    const fresh = this.hashes.remember(added);
    const change = fresh.length > 0 ? this.live.feed.amend(fresh) : null;
    if (change) this.live.tell(change);
  }
}
