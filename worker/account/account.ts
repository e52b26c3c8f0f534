// The account's Durable Object. It composes the account's collaborators: the upstream rate
// budget (budget.ts), the apikey kept sealed (credentials.ts), live magnet sync for every device
// (live/), notifications (notify/), live tickets, the Stremio add-on (stremio/) and AllDebrid's
// caps (cleanup/, line/, hashes.ts), and it wakes by one alarm (scheduler.ts) for whatever is due:
// see wakeTimes(). The Worker reaches it by RPC only (docs/live.md, docs/caps.md).
import { DurableObject } from "cloudflare:workers";
import { AllDebridError, httpStatusFor, type Magnet } from "../../protocol/alldebrid";
import type { LineDoneBody } from "../../protocol/api-bodies";
import type { CleanupRules, OldestDeleted } from "../../protocol/cleanup";
import type { TakenMagnets, WaitingLine } from "../../protocol/line";
import {
  LIVE_CLOSE,
  LIVE_PING,
  LIVE_PONG,
  type MagnetsSnapshot,
  parseClientMessage,
  type ServerMessage,
} from "../../protocol/live";
import type { PushSubscriptionState, WebhookState } from "../../protocol/push";
import { configOf } from "../config";
import type { Env } from "../env";
import { budgetLimits, type Lane, RateBudget, type SlotGrant } from "./budget";
import { Cleanup, deleteUpstream } from "./cleanup";
import { Credentials } from "./credentials";
import { type MagnetHash, MagnetHashes } from "./hashes";
import { Line } from "./line";
import { MagnetFeed } from "./live/feed";
import { processingIds } from "./live/merge";
import { sendText } from "./live/sockets";
import { pollStatus, type StatusPoll } from "./live/status-poll";
import { LiveSync, type PollPace } from "./live/sync";
import { Notifier } from "./notify";
import type { StoredSubscription } from "./notify/store";
import { dueNow, Scheduler, type WakeTimes } from "./scheduler";
import { randomToken } from "./sealed";
import { type AddonAsk, type AddonReply, type AddonToken, StremioAddon } from "./stremio";
import { TICKET_NONCE_HEADER, TicketStore } from "./tickets";

/** An RPC answer: the value, or an AllDebrid error for the Worker to send as an envelope. */
export type LiveAnswer<T> = { ok: true; value: T } | { ok: false; code: string; message: string; status: number };

export class Account extends DurableObject<Env> {
  private readonly config = configOf(this.env);
  private readonly budget = new RateBudget(budgetLimits(this.config.rateQueueLimit));
  private readonly scheduler = new Scheduler(this.ctx.storage);
  private credentials!: Credentials;
  private live!: LiveSync;
  private tickets!: TicketStore;
  private stremio!: StremioAddon;
  private notifierMade?: Notifier;
  private cleanup!: Cleanup;
  private line!: Line;
  private hashes!: MagnetHashes;
  /** A cleanup run going on, beside the alarm (the live polls go on meanwhile). */
  private cleaning: Promise<void> | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(LIVE_PING, LIVE_PONG));
    ctx.blockConcurrencyWhile(async () => this.load());
  }

  /** (Re)loads every collaborator from storage: at start, and after the account is erased. */
  private load(): void {
    const feed = new MagnetFeed(this.ctx.storage);
    this.credentials = new Credentials(this.env, this.ctx.id.toString(), feed);
    this.live = new LiveSync(this.ctx, feed, this.config.livePoll, {
      status: (position) => this.statusCall(position),
      alongside: (before, magnets, version) => {
        this.notifier.record(before, magnets, version, Date.now());
        this.lineAfterChange(magnets);
      },
      refused: (result) => this.refuse(result),
    });
    this.tickets = new TicketStore(this.ctx.storage.sql);
    this.stremio = new StremioAddon(this.ctx.storage.sql, this.env, this.ctx.id.toString(), this.credentials, {
      magnets: (fresh) => this.magnetsFor(fresh),
      budget: { reserveUpstreamSlot: () => this.budget.reserve("bulk") },
    });
    this.notifierMade = undefined;
    this.cleanup = new Cleanup(this.ctx.storage.sql, this.config.cleanup);
    this.line = new Line(this.ctx.storage.sql);
    this.hashes = new MagnetHashes(this.ctx.storage.sql);
  }

  /** Made on first use: an object that only hands out budget slots creates no tables at all. */
  private get notifier(): Notifier {
    this.notifierMade ??= new Notifier(this.ctx.storage.sql, this.env);
    return this.notifierMade;
  }

  // When the object wakes, and why: the one alarm is set at the earliest of these.

  private wakeTimes(leaving?: WebSocket) {
    return {
      poll: this.live.nextPollAt(this.pollPace(leaving), this.config.background.pollMs),
      delivery: this.notifier.nextDue(),
      cleanup:
        this.cleaning || this.live.feed.position.refused
          ? null
          : this.cleanup.nextDue(this.live.feed.magnets, Date.now()),
    } satisfies WakeTimes;
  }

  /** The devices' pace while one is connected; without one, the background pace while notifications want it. */
  private pollPace(leaving?: WebSocket): PollPace {
    if (this.live.devicesOnline(leaving)) return "devices";
    return this.notifier.wantsBackgroundPoll(Date.now(), this.live.anyProcessing()) ? "background" : "off";
  }

  private reschedule(leaving?: WebSocket): Promise<void> {
    return this.scheduler.plan(this.wakeTimes(leaving));
  }

  override async alarm(): Promise<void> {
    const due = dueNow(this.wakeTimes(), Date.now());
    if (due.has("poll")) await this.live.poll();
    if (due.has("delivery")) await this.deliverNotifications();
    if (due.has("cleanup")) this.startCleanup();
    await this.reschedule();
  }

  // The edge and the /api routes.

  /** Waits for a slot in this account's upstream budget (the edge proxy calls it before each upstream call). */
  async reserveUpstreamSlot(lane: Lane = "bulk"): Promise<SlotGrant> {
    return this.budget.reserve(lane);
  }

  /**
   * A write went through the edge (upload, delete, restart), or a device uploaded itself: poll
   * upstream now so every device sees it, keeping the hashes of the magnets it added.
   */
  async pollSoon(added: MagnetHash[] = []): Promise<void> {
    const now = Date.now();
    this.rememberHashes(added);
    this.live.requestPoll(now);
    this.notifier.restartBackground(now);
    await this.reschedule();
  }

  /** POST /api/live/ticket: checks the key upstream when needed, then records a one-time nonce. */
  async issueTicket(apikey: string, origin: string): Promise<LiveAnswer<string>> {
    const ready = await this.ready(apikey, origin, false);
    if (!ready.ok) return ready;
    const nonce = randomToken();
    this.tickets.add(nonce, Date.now());
    return { ok: true, value: nonce };
  }

  /** GET /api/magnets: the current snapshot, polled first when nobody keeps it fresh. */
  async currentMagnets(apikey: string, origin: string): Promise<LiveAnswer<MagnetsSnapshot>> {
    const ready = await this.ready(apikey, origin, true);
    if (!ready.ok) return ready;
    return { ok: true, value: this.live.snapshot() };
  }

  /**
   * GET /api/live, forwarded by the Worker with the ticket's nonce: accepts the socket here. A
   * ticket this object does not take answers a bare 401, which the Worker turns into its envelope.
   */
  override async fetch(request: Request): Promise<Response> {
    const nonce = request.headers.get(TICKET_NONCE_HEADER);
    if (!nonce || !this.tickets.use(nonce, Date.now())) return new Response(null, { status: 401 });
    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.live.accept(server, Number(new URL(request.url).searchParams.get("version") ?? ""));
    this.greet(server);
    await this.reschedule();
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const parsed = typeof message === "string" ? parseClientMessage(message) : null;
    const error = { type: "error", code: "BAD_REQUEST", message: "Send hello or ping messages" } as const;
    if (!parsed) sendText(ws, JSON.stringify(error satisfies ServerMessage));
    else if (parsed.type === "ping") sendText(ws, LIVE_PONG);
    else this.live.answerHello(ws, parsed.version);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
    } catch {
      // Already closed.
    }
    await this.leave(ws);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.leave(ws);
  }

  /** The last device leaving hands over to background polling, or lets the alarm go. */
  private async leave(ws: WebSocket): Promise<void> {
    if (this.live.devicesOnline(ws)) return;
    // The sockets kept the magnets fresh: no extra poll, only the ceiling starts over.
    this.notifier.restartBackground(Date.now(), false);
    await this.reschedule(ws);
  }

  /** Remembers the key (sealed at rest) and checks it upstream when it is new, refused or stale. */
  private async ready(apikey: string, origin: string, wantFresh: boolean): Promise<LiveAnswer<null>> {
    const mustValidate = this.live.unchecked;
    await this.credentials.remember(apikey, origin);
    if (!mustValidate && !(wantFresh && this.live.isStale(Date.now()))) return { ok: true, value: null };
    const outcome = await this.live.poll();
    // What the poll queued goes out at once, by the alarm.
    await this.reschedule();
    if (outcome.kind === "refused")
      return { ok: false, code: outcome.code, message: outcome.message, status: httpStatusFor(outcome.code) };
    if (outcome.kind === "fault" && mustValidate)
      return { ok: false, code: outcome.code, message: outcome.message, status: outcome.status };
    return { ok: true, value: null };
  }

  /** One live-mode call with the account's key, inside its budget's live lane. */
  private async statusCall(position: { session: number; counter: number; origin: string }): Promise<StatusPoll> {
    const apikey = await this.credentials.current();
    if (!apikey) return { kind: "refused", code: "AUTH_MISSING_APIKEY", message: "No apikey stored" };
    const budget = { reserveUpstreamSlot: () => this.budget.reserve("live") };
    const result = await pollStatus(this.env, position.origin, apikey, position, budget);
    if (result.kind !== "data") return result;
    this.notifier.polled();
    this.line.polled();
    return { kind: "data", data: { ...result.data, magnets: this.hashes.decorate(result.data.magnets) } };
  }

  /**
   * AllDebrid refused the key: close every socket with a reason, stop polling, and leave nothing
   * behind. AUTH_BLOCKED keeps the account (verifying the location brings it back); any other
   * refusal erases the object's storage, so an abandoned key costs nothing at rest.
   */
  private async refuse(result: StatusPoll & { kind: "refused" }): Promise<void> {
    const blocked = result.code === "AUTH_BLOCKED";
    this.live.closeAll(blocked ? LIVE_CLOSE.accountBlocked : LIVE_CLOSE.badApikey, `${result.code}: ${result.message}`);
    this.credentials.forget();
    const feed = this.live.feed;
    if (blocked) {
      feed.position = { ...feed.position, refused: true, failures: 0, sealedApikey: "" };
      feed.savePosition();
      // Pending notifications still go out; polling stays off until the location is verified.
      await this.reschedule();
      return;
    }
    // A refused key never comes back (a new sign-in is a new key, so another object): what is
    // pending gets one last try, then nothing of this account stays at rest.
    await this.deliverNotifications();
    await this.scheduler.stop();
    await this.ctx.storage.deleteAll();
    this.load();
  }

  // Notifications (docs/notifications.md): the devices' push subscriptions, the webhook, delivery.

  /** POST /api/push/subscription: checks the key like a ticket does (background polls need it), then stores the device. */
  async subscribePush(
    apikey: string,
    origin: string,
    subscription: StoredSubscription,
  ): Promise<LiveAnswer<PushSubscriptionState>> {
    const ready = await this.ready(apikey, origin, false);
    if (!ready.ok) return ready;
    this.notifier.subscribe(subscription, Date.now());
    await this.reschedule();
    return { ok: true, value: { endpoint: subscription.endpoint, subscribed: true } };
  }

  /** DELETE /api/push/subscription (a device turning notifications off, or signing out). */
  async unsubscribePush(endpoint: string): Promise<PushSubscriptionState> {
    this.notifier.unsubscribe(endpoint);
    return { endpoint, subscribed: false };
  }

  async webhook(): Promise<WebhookState> {
    return { url: this.notifier.webhook() };
  }

  /** POST /api/push/webhook (a URL) and DELETE (null). */
  async setWebhook(apikey: string, origin: string, url: string | null): Promise<LiveAnswer<WebhookState>> {
    if (url !== null) {
      const ready = await this.ready(apikey, origin, false);
      if (!ready.ok) return ready;
    }
    this.notifier.setWebhook(url, Date.now());
    await this.reschedule();
    return { ok: true, value: { url } };
  }

  // The Stremio add-on (docs/stremio.md): the account's link, and what the add-on's routes ask.

  /** POST /api/stremio: the account's add-on link, made on first use (the key is checked and kept, for its unlocks). */
  async makeStremioLink(apikey: string, origin: string): Promise<LiveAnswer<AddonToken>> {
    const ready = await this.ready(apikey, origin, false);
    if (!ready.ok) return ready;
    return { ok: true, value: await this.stremio.link() };
  }

  /** GET /api/stremio. */
  async stremioLink(): Promise<AddonToken | null> {
    return this.stremio.current();
  }

  /** DELETE /api/stremio: the revoked token's hash, for the Worker to drop from KV. */
  async revokeStremioLink(): Promise<string | null> {
    return this.stremio.revoke();
  }

  /** The add-on's routes, with the presented token's hash (checked here, whatever KV said). */
  async stremioAddon(tokenHash: string, ask: AddonAsk): Promise<AddonReply> {
    return this.stremio.answer(tokenHash, ask);
  }

  /** The magnets; asked fresh, polled first when nobody keeps them fresh (one status call at most). */
  private async magnetsFor(fresh: boolean): Promise<ReadonlyMap<number, Magnet>> {
    if (fresh && this.live.isStale(Date.now())) {
      const outcome = await this.live.poll();
      await this.reschedule();
      if (outcome.kind === "refused") throw new AllDebridError(outcome.code, outcome.message, 403);
    }
    return this.live.feed.magnets;
  }

  private async deliverNotifications(): Promise<void> {
    try {
      await this.notifier.deliver(this.credentials.origin);
    } catch (error) {
      console.error(`notification delivery failed: ${error instanceof Error ? error.name : typeof error}`);
    }
  }

  // AllDebrid's caps (docs/caps.md): cleanup rules, the oldest finished, the waiting line, hashes.

  async cleanupRules(): Promise<CleanupRules> {
    return this.cleanup.rules();
  }

  /** POST /api/cleanup: a rule that is on needs the key checked and kept, as background work does. */
  async setCleanupRules(apikey: string, origin: string, rules: CleanupRules): Promise<LiveAnswer<CleanupRules>> {
    if (rules.keepFinished !== null || rules.finishedForDays !== null) {
      const ready = await this.ready(apikey, origin, false);
      if (!ready.ok) return ready;
    }
    const stored = this.cleanup.setRules(rules);
    await this.reschedule();
    return { ok: true, value: stored };
  }

  /** POST /api/cleanup/oldest: room for an add refused at 1000 magnets. */
  async deleteOldest(apikey: string, origin: string, count: number): Promise<LiveAnswer<OldestDeleted>> {
    const ready = await this.ready(apikey, origin, true);
    if (!ready.ok) return ready;
    const { removed, stoppedBy } = await this.cleanup.deleteOldest(this.live.feed.magnets, count, (id) =>
      this.deleteMagnet(id),
    );
    if (removed.length === 0 && stoppedBy) return refusal(stoppedBy);
    if (removed.length > 0) await this.pollSoon();
    return { ok: true, value: { removed } };
  }

  async waitingLine(): Promise<WaitingLine> {
    return this.lineNow();
  }

  /** POST /api/line: magnets refused at 30 active wait; the key is kept so the object sees slots free. */
  async joinLine(
    apikey: string,
    origin: string,
    magnets: Array<{ magnet: string; name?: string }>,
  ): Promise<LiveAnswer<WaitingLine>> {
    const ready = await this.ready(apikey, origin, false);
    if (!ready.ok) return ready;
    try {
      this.line.join(magnets, Date.now());
    } catch (error) {
      return refusal(error as AllDebridError);
    }
    return { ok: true, value: this.tellLine() };
  }

  async takeFromLine(): Promise<TakenMagnets> {
    const magnets = this.line.take(this.processing(), Date.now());
    if (magnets.length > 0) this.tellLine();
    return { magnets };
  }

  /** POST /api/line/done: sent magnets are writes upstream, so the object polls now. */
  async lineDone(outcome: LineDoneBody): Promise<WaitingLine> {
    this.line.done(outcome);
    if (outcome.sent.length > 0) await this.pollSoon();
    return this.tellLine();
  }

  /** DELETE /api/line/:id: a magnet no longer in the line (another device sent or cancelled it) changes nothing. */
  async leaveLine(id: number): Promise<WaitingLine> {
    return this.line.cancel(id) ? this.tellLine() : this.lineNow();
  }

  /**
   * Starts the cleanup rules' run beside the alarm, which goes on with the devices' live polls
   * meanwhile; the next wake-up is planned once it ends.
   */
  private startCleanup(): void {
    if (this.cleaning) return;
    this.cleaning = this.cleanUp()
      .catch((error) => console.error(`cleanup failed: ${error instanceof Error ? error.name : typeof error}`))
      .finally(() => {
        this.cleaning = null;
        return this.reschedule();
      });
    this.ctx.waitUntil(this.cleaning);
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

  /** One magnet/delete in the bulk lane, so the devices' live polls keep their share. */
  private async deleteMagnet(id: number): Promise<AllDebridError | null> {
    const apikey = await this.credentials.current();
    if (!apikey) return new AllDebridError("AUTH_MISSING_APIKEY");
    const budget = { reserveUpstreamSlot: () => this.budget.reserve("bulk") };
    return deleteUpstream(this.env, { origin: this.credentials.origin, apikey, budget }, id);
  }

  private processing(): number {
    return processingIds(this.live.feed.magnets).size;
  }

  private lineNow(): WaitingLine {
    return this.line.state(this.processing(), Date.now());
  }

  /** Sends the line to every device (an empty line too: it says nobody waits any more); returns it. */
  private tellLine(): WaitingLine {
    const line = this.lineNow();
    this.live.announce({ type: "line", ...line });
    return line;
  }

  /** A poll changed the magnets: devices see the line's free slots, and with none open the account is told by push. */
  private lineAfterChange(magnets: Map<number, Magnet>): void {
    if (this.line.empty) return;
    const line = this.line.state(processingIds(magnets).size, Date.now());
    this.live.announce({ type: "line", ...line });
    const waiting = this.line.toTell(line, this.live.devicesOnline());
    if (waiting !== null) this.notifier.lineCanMove(waiting, Date.now());
  }

  /** What a device hears right after its first message: the line, and the last cleanup run. */
  private greet(ws: WebSocket): void {
    if (!this.line.empty) sendText(ws, JSON.stringify({ type: "line", ...this.lineNow() } satisfies ServerMessage));
    const run = this.cleanup.lastRun(Date.now());
    if (run) sendText(ws, JSON.stringify(run satisfies ServerMessage));
  }

  private rememberHashes(added: MagnetHash[]): void {
    const fresh = this.hashes.remember(added);
    const change = fresh.length > 0 ? this.live.feed.amend(fresh) : null;
    if (change) this.live.tell(change);
  }
}

function refusal(error: AllDebridError): { ok: false; code: string; message: string; status: number } {
  return { ok: false, code: error.code, message: error.message, status: error.status };
}
