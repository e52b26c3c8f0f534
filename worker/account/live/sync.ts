// Live magnet sync of one account (docs/live.md): the feed its devices follow, one upstream poll
// at a time, when the next poll is due, and the sockets each change is fanned out to. The account
// object composes it: it says at which pace to poll and what to do with a refused key.
import type { Magnet } from "../../../protocol/alldebrid";
import { LIVE_CLOSE, type MagnetsSnapshot, type ServerMessage } from "../../../protocol/live";
import type { FeedChange, MagnetFeed } from "./feed";
import { FreshRuns } from "./fresh-runs";
import { anyProcessing, processingIds } from "./merge";
import { nextPollDelay, type PollIntervals } from "./schedule";
import { attachmentOf, closeAll, fanOut, type SocketAttachment, sendAndRecord, sendText, sendToAll } from "./sockets";
import type { StatusPoll } from "./status-poll";

/** How often to poll: at the devices' pace while one is connected, at the background pace without, or not at all. */
export type PollPace = "devices" | "background" | "off";

/** What the account object provides: the upstream call, and what happens around a poll. */
export interface PollHooks {
  /** One live-mode call with the position given (the object adds the key and the budget). */
  status(position: { session: number; counter: number; origin: string }): Promise<StatusPoll>;
  /** Runs inside the transaction that stores a change (queued notifications stand or fall with it). */
  alongside(processingBefore: Set<number>, magnets: Map<number, Magnet>, version: number): void;
  /** AllDebrid refused the key. */
  refused(result: StatusPoll & { kind: "refused" }): Promise<void>;
}

/** How many snapshots one socket may ask for by `hello` in any second. */
const SNAPSHOTS_PER_SECOND = 3;

export class LiveSync {
  /** When the last poll ended, whatever its outcome; 0 after a wake-up, so a woken object polls first. */
  private lastPollEndedAt = 0;
  /** When the upstream last answered: how old what the object holds is. 0 after a wake-up or a write. */
  private answeredAt = 0;
  /** A poll someone asked for (a write went through), due by then. */
  private requestedBy: number | null = null;
  /** Upstream polls, one at a time; a caller always gets one that started after its call. */
  private readonly polls = new FreshRuns(() => this.pollOnce());

  constructor(
    private readonly ctx: DurableObjectState,
    readonly feed: MagnetFeed,
    private readonly intervals: PollIntervals,
    private readonly hooks: PollHooks,
  ) {}

  /** A poll that starts after this call, shared with other callers waiting for one. */
  poll(): Promise<StatusPoll> {
    return this.polls.next();
  }

  /** When the next poll is due at `pace`, counted from the end of the last one; null when none is. */
  nextPollAt(pace: PollPace, backgroundMs: number): number | null {
    if (pace === "off" || this.feed.position.refused) return null;
    const delay = nextPollDelay(this.intervals, anyProcessing(this.feed.magnets), this.feed.position.failures);
    const paced = this.lastPollEndedAt + (pace === "background" ? Math.max(delay, backgroundMs) : delay);
    return this.requestedBy === null ? paced : Math.min(paced, this.requestedBy);
  }

  /** A write went through the edge: poll by `at`, and let no read trust what is held until then. */
  requestPoll(at: number): void {
    this.requestedBy = Math.min(this.requestedBy ?? at, at);
    this.answeredAt = 0;
  }

  /** True when nobody keeps the magnets fresh and the last answer is older than the active pace. */
  isStale(now: number): boolean {
    return !this.devicesOnline() && now - this.answeredAt >= this.intervals.activeMs;
  }

  /** The key is new, or was refused: it must be checked upstream before anything is served. */
  get unchecked(): boolean {
    return this.feed.position.refused || this.feed.version === 0;
  }

  anyProcessing(): boolean {
    return anyProcessing(this.feed.magnets);
  }

  snapshot(): MagnetsSnapshot {
    return { version: this.feed.version, magnets: [...this.feed.magnets.values()] };
  }

  private async pollOnce(): Promise<StatusPoll> {
    this.requestedBy = null;
    try {
      const result = await this.hooks.status(this.feed.position);
      if (result.kind === "refused") await this.hooks.refused(result);
      else if (result.kind === "fault") this.countFailure();
      else {
        this.answeredAt = Date.now();
        const before = processingIds(this.feed.magnets);
        const change = this.feed.apply(result.data, (magnets, version) =>
          this.hooks.alongside(before, magnets, version),
        );
        if (change) this.tell(change);
      }
      return result;
    } catch (error) {
      // A fault of our own: log its kind only, back off and keep the loop alive.
      console.error(`live poll failed: ${error instanceof Error ? error.name : typeof error}`);
      this.countFailure();
      return { kind: "fault", code: "INTERNAL", message: "The live poll failed", status: 500 };
    } finally {
      this.lastPollEndedAt = Date.now();
    }
  }

  private countFailure(): void {
    this.feed.position.failures++;
    this.feed.savePosition();
  }

  // The devices: sockets accepted by the object, each holding the version it was last sent.

  openSockets(): WebSocket[] {
    return this.ctx.getWebSockets().filter((ws) => ws.readyState === WebSocket.OPEN);
  }

  devicesOnline(leaving?: WebSocket): boolean {
    return this.openSockets().some((ws) => ws !== leaving);
  }

  /** A device connects (its ticket already used): a snapshot, or a catch-up from the version it holds. */
  accept(server: WebSocket, resumeFrom: number): void {
    this.ctx.acceptWebSocket(server);
    if (this.unchecked) {
      // Accept then close, because a browser cannot read why an upgrade was refused.
      closeAll([server], LIVE_CLOSE.badApikey, "AUTH_BAD_APIKEY: The auth apikey is invalid");
      return;
    }
    const first =
      Number.isSafeInteger(resumeFrom) && resumeFrom > 0 ? this.feed.catchUp(resumeFrom) : this.feed.snapshot();
    server.serializeAttachment({ version: this.feed.version, snapshotsAt: [] } satisfies SocketAttachment);
    sendText(server, JSON.stringify(first));
  }

  /** A patch costs little; a snapshot is the whole account, so a socket gets at most a few a second. */
  answerHello(ws: WebSocket, version: number): void {
    const answer = this.feed.catchUp(version);
    const held = attachmentOf(ws);
    const now = Date.now();
    const recent = (held?.snapshotsAt ?? []).filter((at) => at > now - 1000);
    if (answer.type === "snapshot" && recent.length >= SNAPSHOTS_PER_SECOND) {
      const error = {
        type: "error",
        code: "RATE_LIMITED",
        message: "Too many snapshots asked for: wait a second",
      } as const;
      sendText(ws, JSON.stringify(error satisfies ServerMessage));
      return;
    }
    sendAndRecord(ws, answer, this.feed.version, undefined, answer.type === "snapshot" ? [...recent, now] : recent);
  }

  /** Sends one change to every socket: a patch (or a catch-up for a socket elsewhere), or snapshots after a reset. */
  tell(change: FeedChange): void {
    const sockets = this.openSockets();
    if (change.kind === "reset") sendToAll(sockets, this.feed.snapshot(), change.version);
    else fanOut(sockets, change.patch, (held) => this.feed.catchUp(held));
  }

  /** Sends a message that moves no version (the waiting line, a cleanup run) to every socket. */
  announce(message: ServerMessage): void {
    const text = JSON.stringify(message);
    for (const ws of this.openSockets()) sendText(ws, text);
  }

  /** Closes every socket with a code of LIVE_CLOSE and a reason. */
  closeAll(code: number, reason: string): void {
    closeAll(this.openSockets(), code, reason);
  }
}
