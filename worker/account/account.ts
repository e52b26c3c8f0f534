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
import { AccountCaps } from "./caps";
import { Credentials } from "./credentials";
import type { MagnetHash } from "./hashes";
import { MagnetFeed } from "./live/feed";
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
  private caps!: AccountCaps;

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
        this.caps.afterChange(magnets);
      },
      refused: (result) => this.refuse(result),
    });
    this.tickets = new TicketStore(this.ctx.storage.sql);
    this.stremio = new StremioAddon(this.ctx.storage.sql, this.env, this.ctx.id.toString(), this.credentials, {
      magnets: (fresh) => this.magnetsFor(fresh),
      budget: { reserveUpstreamSlot: () => this.budget.reserve("bulk") },
    });
    this.notifierMade = undefined;
    this.caps = new AccountCaps(this.ctx.storage.sql, {
      env: this.env,
      config: this.config.cleanup,
      live: this.live,
      credentials: this.credentials,
      bulkBudget: { reserveUpstreamSlot: () => this.budget.reserve("bulk") },
      lineCanMove: (waiting) => this.notifier.lineCanMove(waiting, Date.now()),
      waitUntil: (work) => this.ctx.waitUntil(work),
      reschedule: () => this.reschedule(),
    });
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
      cleanup: this.caps.nextDue(Date.now()),
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
    if (due.has("cleanup")) this.caps.startCleanup();
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
    this.caps.rememberHashes(added);
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
    this.caps.greet(server);
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
    return { kind: "data", data: { ...result.data, magnets: this.caps.polled(result.data.magnets) } };
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

  // AllDebrid's caps (docs/caps.md): cleanup rules, the oldest finished, the waiting line (caps.ts).

  async cleanupRules(): Promise<CleanupRules> {
    return this.caps.rules();
  }

  /** POST /api/cleanup: a rule that is on needs the key checked and kept, as background work does. */
  async setCleanupRules(apikey: string, origin: string, rules: CleanupRules): Promise<LiveAnswer<CleanupRules>> {
    if (rules.keepFinished !== null || rules.finishedForDays !== null) {
      const ready = await this.ready(apikey, origin, false);
      if (!ready.ok) return ready;
    }
    const stored = this.caps.setRules(rules);
    await this.reschedule();
    return { ok: true, value: stored };
  }

  /** POST /api/cleanup/oldest: room for an add refused at 1000 magnets. */
  async deleteOldest(apikey: string, origin: string, count: number): Promise<LiveAnswer<OldestDeleted>> {
    const ready = await this.ready(apikey, origin, true);
    if (!ready.ok) return ready;
    const deleted = await this.caps.deleteOldest(count);
    if (deleted instanceof AllDebridError) return refusal(deleted);
    if (deleted.removed.length > 0) await this.pollSoon();
    return { ok: true, value: deleted };
  }

  async waitingLine(): Promise<WaitingLine> {
    return this.caps.lineNow();
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
      return { ok: true, value: this.caps.join(magnets) };
    } catch (error) {
      if (error instanceof AllDebridError) return refusal(error);
      throw error;
    }
  }

  async takeFromLine(): Promise<TakenMagnets> {
    return this.caps.take();
  }

  /** POST /api/line/done: sent magnets are writes upstream, so the object polls now. */
  async lineDone(outcome: LineDoneBody): Promise<WaitingLine> {
    const { line, sent } = this.caps.done(outcome);
    if (sent) await this.pollSoon();
    return line;
  }

  /** DELETE /api/line/:id. */
  async leaveLine(id: number): Promise<WaitingLine> {
    return this.caps.cancel(id);
  }
}

function refusal(error: AllDebridError): { ok: false; code: string; message: string; status: number } {
  return { ok: false, code: error.code, message: error.message, status: error.status };
}
