// The account's Durable Object: it hands out the account's upstream rate budget and runs live
// magnet sync for every connected device, one live-mode poll per tick fanned out to all sockets
// (see docs/live.md). Polling follows the sockets, and without any goes on in the background while
// a magnet is processing and the account has notifications on (docs/notifications.md).
import { DurableObject } from "cloudflare:workers";
import { httpStatusFor } from "../../protocol/alldebrid";
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
import { type FeedChange, MagnetFeed } from "./live/feed";
import { FreshRuns } from "./live/fresh-runs";
import { anyProcessing } from "./live/merge";
import { nextPollDelay } from "./live/schedule";
import {
  attachmentOf,
  closeAll,
  fanOut,
  type SocketAttachment,
  sendAndRecord,
  sendText,
  sendToAll,
} from "./live/sockets";
import { pollStatus, type StatusPoll } from "./live/status-poll";
import { Notifier, processingIds } from "./notify";
import type { StoredSubscription } from "./notify/store";
import { randomToken, seal, unseal } from "./sealed";
import { TICKET_NONCE_HEADER, TicketStore } from "./tickets";

/** An RPC answer: the value, or an AllDebrid error for the Worker to send as an envelope. */
export type LiveAnswer<T> = { ok: true; value: T } | { ok: false; code: string; message: string; status: number };

const SEALED_KEY = "live-apikey-v1";
/** How many snapshots one socket may ask for by `hello` in any second. */
const SNAPSHOTS_PER_SECOND = 3;

export class Account extends DurableObject<Env> {
  private readonly budget = new RateBudget(budgetLimits(configOf(this.env).rateQueueLimit));
  private readonly intervals = configOf(this.env).livePoll;
  private feed!: MagnetFeed;
  private tickets!: TicketStore;
  private notifierMade?: Notifier;
  /** The alarm set last only delivers notifications (no poll is due then); after a wake-up it polls too. */
  private alarmDeliversOnly = false;
  /** The apikey in clear, in memory only (at rest it is sealed). */
  private apikey: string | null = null;
  /** When upstream last answered; 0 after a wake-up or a write, so the next read polls first. */
  private lastPolledAt = 0;
  /** Upstream polls, one at a time; a caller always gets one that started after its call. */
  private readonly polls = new FreshRuns(() => this.pollOnce());

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(LIVE_PING, LIVE_PONG));
    ctx.blockConcurrencyWhile(async () => {
      this.feed = new MagnetFeed(ctx.storage);
      this.tickets = new TicketStore(ctx.storage.sql);
    });
  }

  /** Made on first use: an object that only hands out budget slots creates no tables at all. */
  private get notifier(): Notifier {
    this.notifierMade ??= new Notifier(this.ctx.storage.sql, this.env);
    return this.notifierMade;
  }

  /** Waits for a slot in this account's upstream budget (the edge proxy calls it before each upstream call). */
  async reserveUpstreamSlot(lane: Lane = "bulk"): Promise<SlotGrant> {
    return this.budget.reserve(lane);
  }

  /** A write went through the edge (upload, delete, restart): poll upstream now so every device sees it. */
  async pollSoon(): Promise<void> {
    this.lastPolledAt = 0;
    this.notifier.restartBackground(Date.now());
    if (this.wantsPolling()) await this.pollBy(Date.now());
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
    return { ok: true, value: { version: this.feed.version, magnets: [...this.feed.magnets.values()] } };
  }

  /**
   * GET /api/live, forwarded by the Worker with the ticket's nonce: accepts the socket here. A
   * ticket this object does not take answers a bare 401, which the Worker turns into its envelope.
   */
  override async fetch(request: Request): Promise<Response> {
    const nonce = request.headers.get(TICKET_NONCE_HEADER);
    if (!nonce || !this.tickets.use(nonce, Date.now())) return new Response(null, { status: 401 });

    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server);
    if (this.feed.position.refused || this.feed.version === 0) {
      // Accept then close, because a browser cannot read why an upgrade was refused.
      closeAll([server], LIVE_CLOSE.badApikey, "AUTH_BAD_APIKEY: The auth apikey is invalid");
      return new Response(null, { status: 101, webSocket: client });
    }
    const resumeFrom = Number(new URL(request.url).searchParams.get("version") ?? "");
    const first =
      Number.isSafeInteger(resumeFrom) && resumeFrom > 0 ? this.feed.catchUp(resumeFrom) : this.feed.snapshot();
    server.serializeAttachment({ version: this.feed.version, snapshotsAt: [] } satisfies SocketAttachment);
    sendText(server, JSON.stringify(first));
    const due = this.lastPolledAt + nextPollDelay(this.intervals, anyProcessing(this.feed.magnets), 0);
    await this.pollBy(Math.max(Date.now(), due));
    return new Response(null, { status: 101, webSocket: client });
  }

  override async alarm(): Promise<void> {
    const poll = !this.alarmDeliversOnly && this.wantsPolling();
    this.alarmDeliversOnly = false;
    if (poll) {
      try {
        await this.polls.next();
      } catch (error) {
        // A fault of our own: log its kind only, back off and keep the loop alive.
        console.error(`live poll failed: ${error instanceof Error ? error.name : typeof error}`);
        this.feed.position.failures++;
      }
    }
    await this.deliverNotifications();
    await this.scheduleAlarm();
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const parsed = typeof message === "string" ? parseClientMessage(message) : null;
    if (!parsed) {
      const error = { type: "error", code: "BAD_REQUEST", message: "Send hello or ping messages" } as const;
      sendText(ws, JSON.stringify(error satisfies ServerMessage));
    } else if (parsed.type === "ping") {
      sendText(ws, LIVE_PONG);
    } else {
      this.answerHello(ws, parsed.version);
    }
  }

  /** A patch costs little; a snapshot is the whole account, so a socket gets at most a few a second. */
  private answerHello(ws: WebSocket, version: number): void {
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

  /** The last device leaving hands over to background polling, or stops the alarm. */
  private async leave(ws: WebSocket): Promise<void> {
    if (this.devicesOnline(ws)) return;
    // The sockets kept the magnets fresh: no extra poll, only the ceiling starts over.
    this.notifier.restartBackground(Date.now(), false);
    await this.scheduleAlarm(ws);
  }

  private openSockets(): WebSocket[] {
    return this.ctx.getWebSockets().filter((ws) => ws.readyState === WebSocket.OPEN);
  }

  private devicesOnline(leaving?: WebSocket): boolean {
    return this.openSockets().some((ws) => ws !== leaving);
  }

  private wantsPolling(leaving?: WebSocket): boolean {
    if (this.feed.position.refused) return false;
    if (this.devicesOnline(leaving)) return true;
    return this.notifier.wantsBackgroundPoll(Date.now(), anyProcessing(this.feed.magnets));
  }

  /** Without a device, polls keep the background pace, backoff included. */
  private pollDelay(leaving?: WebSocket): number {
    const delay = nextPollDelay(this.intervals, anyProcessing(this.feed.magnets), this.feed.position.failures);
    return this.devicesOnline(leaving) ? delay : Math.max(delay, this.notifier.backgroundMs);
  }

  /**
   * The one alarm: at the next poll, or sooner when a notification is due (a retry); none when
   * neither is wanted. A delivery-only alarm that comes first pushes the poll back by its lead.
   */
  private async scheduleAlarm(leaving?: WebSocket): Promise<void> {
    const now = Date.now();
    const pollAt = this.wantsPolling(leaving) ? now + this.pollDelay(leaving) : null;
    const due = this.notifier.nextDue();
    const deliverAt = due === null ? null : Math.max(now, due);
    if (pollAt === null && deliverAt === null) return this.ctx.storage.deleteAlarm();
    this.alarmDeliversOnly = pollAt === null || (deliverAt !== null && deliverAt < pollAt);
    await this.ctx.storage.setAlarm(
      Math.min(pollAt ?? Number.POSITIVE_INFINITY, deliverAt ?? Number.POSITIVE_INFINITY),
    );
  }

  /** Makes sure a poll runs by `at`: the alarm moves there unless a poll is already due sooner. */
  private async pollBy(at: number): Promise<void> {
    const alarm = await this.ctx.storage.getAlarm();
    if (alarm !== null && alarm <= at && !this.alarmDeliversOnly) return;
    this.alarmDeliversOnly = false;
    await this.ctx.storage.setAlarm(alarm !== null && alarm < at ? alarm : at);
  }

  /** Remembers the key (sealed at rest) and checks it upstream when it is new, refused or stale. */
  private async ready(apikey: string, origin: string, wantFresh: boolean): Promise<LiveAnswer<null>> {
    const mustValidate = this.feed.position.refused || this.feed.version === 0;
    await this.rememberApikey(apikey, origin);
    const stale =
      wantFresh && this.openSockets().length === 0 && Date.now() - this.lastPolledAt >= this.intervals.activeMs;
    if (!mustValidate && !stale) return { ok: true, value: null };
    const outcome = await this.polls.next();
    await this.deliverSoon();
    if (outcome.kind === "refused")
      return { ok: false, code: outcome.code, message: outcome.message, status: httpStatusFor(outcome.code) };
    if (outcome.kind === "fault" && mustValidate)
      return { ok: false, code: outcome.code, message: outcome.message, status: outcome.status };
    return { ok: true, value: null };
  }

  private async rememberApikey(apikey: string, origin: string): Promise<void> {
    const position = this.feed.position;
    if (apikey === (await this.currentApikey()) && origin === position.origin) return;
    this.apikey = apikey;
    position.sealedApikey = await seal(this.env, SEALED_KEY, apikey, this.ctx.id.toString());
    position.origin = origin;
    this.feed.savePosition();
  }

  private async currentApikey(): Promise<string | null> {
    const sealed = this.feed.position.sealedApikey;
    if (!this.apikey && sealed) this.apikey = await unseal(this.env, SEALED_KEY, sealed, this.ctx.id.toString());
    return this.apikey;
  }

  private async pollOnce(): Promise<StatusPoll> {
    const apikey = await this.currentApikey();
    if (!apikey) return this.refuse({ kind: "refused", code: "AUTH_MISSING_APIKEY", message: "No apikey stored" });
    const budget = { reserveUpstreamSlot: () => this.budget.reserve("live") };
    const result = await pollStatus(this.env, this.feed.position.origin, apikey, this.feed.position, budget);
    if (result.kind === "refused") return this.refuse(result);
    if (result.kind === "fault") {
      this.feed.position.failures++;
      this.feed.savePosition();
      return result;
    }
    this.lastPolledAt = Date.now();
    this.notifier.polled();
    const processing = processingIds(this.feed.magnets);
    const change = this.feed.apply(result.data, (magnets, version) =>
      this.notifier.record(processing, magnets, version, Date.now()),
    );
    if (change) this.tell(change);
    return result;
  }

  /** Sends one change to every socket: a patch (or a catch-up for a socket elsewhere), or snapshots after a reset. */
  private tell(change: FeedChange): void {
    const sockets = this.openSockets();
    if (change.kind === "reset") sendToAll(sockets, this.feed.snapshot(), change.version);
    else fanOut(sockets, change.patch, (held) => this.feed.catchUp(held));
  }

  /**
   * AllDebrid refused the key: close every socket with a reason, stop polling, and leave nothing
   * behind. AUTH_BLOCKED keeps the account (verifying the location brings it back); any other
   * refusal erases the object's storage, so an abandoned key costs nothing at rest.
   */
  private async refuse(result: StatusPoll & { kind: "refused" }): Promise<StatusPoll> {
    const blocked = result.code === "AUTH_BLOCKED";
    closeAll(
      this.openSockets(),
      blocked ? LIVE_CLOSE.accountBlocked : LIVE_CLOSE.badApikey,
      `${result.code}: ${result.message}`,
    );
    this.apikey = null;
    if (blocked) {
      this.feed.position = { ...this.feed.position, refused: true, failures: 0, sealedApikey: "" };
      this.feed.savePosition();
      // Pending notifications still go out; polling stays off until the location is verified.
      await this.scheduleAlarm();
    } else {
      // A refused key never comes back (a new sign-in is a new key, so another object): what is
      // pending gets one last try, then nothing of this account stays at rest.
      await this.deliverNotifications();
      await this.ctx.storage.deleteAlarm();
      await this.ctx.storage.deleteAll();
      this.feed = new MagnetFeed(this.ctx.storage);
      this.tickets = new TicketStore(this.ctx.storage.sql);
      this.notifierMade = undefined;
    }
    return result;
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
    await this.startBackground();
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
    await this.startBackground();
    return { ok: true, value: { url } };
  }

  /** A new target may start background polling when nothing polls yet. */
  private async startBackground(): Promise<void> {
    if ((await this.ctx.storage.getAlarm()) === null) await this.scheduleAlarm();
  }

  /** Events a poll outside the alarm queued (a ticket, GET /api/magnets) go out at once, by the alarm. */
  private async deliverSoon(): Promise<void> {
    const now = Date.now();
    const due = this.notifier.nextDue();
    if (due === null || due > now) return;
    const alarm = await this.ctx.storage.getAlarm();
    if (alarm !== null && alarm <= now) return;
    this.alarmDeliversOnly = true;
    await this.ctx.storage.setAlarm(now);
  }

  private async deliverNotifications(): Promise<void> {
    try {
      await this.notifier.deliver(this.feed.position.origin);
    } catch (error) {
      console.error(`notification delivery failed: ${error instanceof Error ? error.name : typeof error}`);
    }
  }
}
