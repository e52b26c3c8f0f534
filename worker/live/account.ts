// One object per AllDebrid account, named by the keyed hash of its apikey: it keeps the
// account's upstream rate budget and runs live magnet sync for every connected device
// (one live-mode poll per tick, fanned out to all sockets; see docs/live.md).
import { DurableObject } from "cloudflare:workers";
import { httpStatusFor, type Magnet, type MagnetLiveData } from "../../protocol/alldebrid";
import {
  LIVE_CLOSE,
  LIVE_PING,
  LIVE_PONG,
  type MagnetsSnapshot,
  type PatchMessage,
  parseClientMessage,
  type ServerMessage,
  type SnapshotMessage,
} from "../../protocol/live";
import { budgetLimits, RateBudget, type SlotGrant } from "../edge/budget";
import type { Env } from "../env";
import { apiError, errorResponse } from "../errors";
import { composePatches } from "./compose";
import { FreshRuns } from "./fresh-runs";
import { anyProcessing, mergeDiff, replaceAll } from "./merge";
import { nextPollDelay, pollIntervals } from "./schedule";
import { randomToken, seal, unseal } from "./sealed";
import { closeAll, fanOut, type SocketAttachment, sendAndRecord, sendText, sendToAll } from "./sockets";
import { pollStatus, type StatusPoll } from "./status-poll";
import { LiveStore, randomSession, type SyncPosition } from "./store";
import { TICKET_NONCE_HEADER, TICKET_TTL_SECONDS } from "./tickets";

/** An RPC answer: the value, or an AllDebrid error for the Worker to send as an envelope. */
export type LiveAnswer<T> = { ok: true; value: T } | { ok: false; code: string; message: string; status: number };

export class Account extends DurableObject<Env> {
  private readonly budget = new RateBudget(budgetLimits(this.env.RATE_QUEUE_LIMIT));
  /** Poll while no device is connected (for notifications later); off: polling follows the sockets. */
  private readonly backgroundPolling = false;
  private readonly intervals = pollIntervals(this.env);
  private store!: LiveStore;
  private magnets = new Map<number, Magnet>();
  private position!: SyncPosition;
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
      this.store = new LiveStore(ctx.storage.sql);
      this.magnets = this.store.loadMagnets();
      this.position = this.store.loadPosition();
    });
  }

  /** Waits for a slot in this account's upstream budget (the edge proxy calls it before each upstream call). */
  async reserveUpstreamSlot(): Promise<SlotGrant> {
    return this.budget.reserve();
  }

  /** A write went through the edge (upload, delete, restart): poll upstream now so every device sees it. */
  async pollSoon(): Promise<void> {
    this.lastPolledAt = 0;
    if (this.wantsPolling()) await this.ctx.storage.setAlarm(Date.now());
  }

  /** POST /api/live/ticket: checks the key upstream when needed, then records a one-time nonce. */
  async issueTicket(apikey: string, origin: string): Promise<LiveAnswer<string>> {
    const ready = await this.ready(apikey, origin, false);
    if (!ready.ok) return ready;
    const nonce = randomToken();
    this.store.addTicket(nonce, Date.now() + TICKET_TTL_SECONDS * 1000);
    return { ok: true, value: nonce };
  }

  /** GET /api/magnets: the current snapshot, polled first when nobody keeps it fresh. */
  async currentMagnets(apikey: string, origin: string): Promise<LiveAnswer<MagnetsSnapshot>> {
    const ready = await this.ready(apikey, origin, true);
    if (!ready.ok) return ready;
    return { ok: true, value: { version: this.position.version, magnets: [...this.magnets.values()] } };
  }

  /** GET /api/live, forwarded by the Worker with the ticket's nonce: accepts the socket here. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket")
      return errorResponse(apiError("BAD_REQUEST", "Open /api/live as a WebSocket"));
    const nonce = request.headers.get(TICKET_NONCE_HEADER);
    if (!nonce || !this.store.useTicket(nonce, Date.now())) return errorResponse(apiError("LIVE_TICKET_INVALID"));

    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server);
    if (this.position.refused || this.position.version === 0) {
      // Accept then close, because a browser cannot read why an upgrade was refused.
      closeAll([server], LIVE_CLOSE.badApikey, "AUTH_BAD_APIKEY: The auth apikey is invalid");
      return new Response(null, { status: 101, webSocket: client });
    }
    const resumeFrom = Number(new URL(request.url).searchParams.get("version") ?? "");
    const first = Number.isSafeInteger(resumeFrom) && resumeFrom > 0 ? this.catchUp(resumeFrom) : this.snapshot();
    server.serializeAttachment({ openedAt: Date.now(), version: this.position.version } satisfies SocketAttachment);
    sendText(server, JSON.stringify(first));
    if ((await this.ctx.storage.getAlarm()) === null) {
      const due = this.lastPolledAt + nextPollDelay(this.intervals, anyProcessing(this.magnets), 0);
      await this.ctx.storage.setAlarm(Math.max(Date.now(), due));
    }
    return new Response(null, { status: 101, webSocket: client });
  }

  override async alarm(): Promise<void> {
    if (!this.wantsPolling()) return;
    try {
      await this.polls.next();
    } catch (error) {
      // A fault of our own: log its kind only, back off and keep the loop alive.
      console.error(`live poll failed: ${error instanceof Error ? error.name : typeof error}`);
      this.position.failures++;
    }
    await this.scheduleNextPoll();
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const parsed = typeof message === "string" ? parseClientMessage(message) : null;
    if (!parsed) {
      const error = { type: "error", code: "BAD_REQUEST", message: "Send hello or ping messages" } as const;
      sendText(ws, JSON.stringify(error satisfies ServerMessage));
    } else if (parsed.type === "ping") {
      sendText(ws, LIVE_PONG);
    } else {
      sendAndRecord(ws, this.catchUp(parsed.version), this.position.version);
    }
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

  private async leave(ws: WebSocket): Promise<void> {
    const others = this.openSockets().filter((other) => other !== ws);
    if (others.length === 0 && !this.backgroundPolling) await this.ctx.storage.deleteAlarm();
  }

  private openSockets(): WebSocket[] {
    return this.ctx.getWebSockets().filter((ws) => ws.readyState === WebSocket.OPEN);
  }

  private wantsPolling(): boolean {
    return !this.position.refused && (this.backgroundPolling || this.openSockets().length > 0);
  }

  private async scheduleNextPoll(): Promise<void> {
    if (!this.wantsPolling()) {
      await this.ctx.storage.deleteAlarm();
      return;
    }
    const delay = nextPollDelay(this.intervals, anyProcessing(this.magnets), this.position.failures);
    await this.ctx.storage.setAlarm(Date.now() + delay);
  }

  /** Remembers the key (sealed at rest) and checks it upstream when it is new, refused or stale. */
  private async ready(apikey: string, origin: string, wantFresh: boolean): Promise<LiveAnswer<null>> {
    const mustValidate = this.position.refused || this.position.version === 0;
    await this.rememberApikey(apikey, origin);
    const stale =
      wantFresh && this.openSockets().length === 0 && Date.now() - this.lastPolledAt >= this.intervals.activeMs;
    if (!mustValidate && !stale) return { ok: true, value: null };
    const outcome = await this.polls.next();
    if (outcome.kind === "refused")
      return { ok: false, code: outcome.code, message: outcome.message, status: httpStatusFor(outcome.code) };
    if (outcome.kind === "fault" && mustValidate)
      return { ok: false, code: outcome.code, message: outcome.message, status: outcome.status };
    return { ok: true, value: null };
  }

  private async rememberApikey(apikey: string, origin: string): Promise<void> {
    if (apikey === (await this.currentApikey()) && origin === this.position.origin) return;
    this.apikey = apikey;
    this.position.sealedApikey = await seal(this.env, "live-apikey-v1", apikey, this.ctx.id.toString());
    this.position.origin = origin;
    this.store.savePosition(this.position);
  }

  private async currentApikey(): Promise<string | null> {
    if (!this.apikey && this.position.sealedApikey)
      this.apikey = await unseal(this.env, "live-apikey-v1", this.position.sealedApikey, this.ctx.id.toString());
    return this.apikey;
  }

  private async pollOnce(): Promise<StatusPoll> {
    const apikey = await this.currentApikey();
    if (!apikey) return this.refuse({ kind: "refused", code: "AUTH_MISSING_APIKEY", message: "No apikey stored" });
    const grant = await this.reserveUpstreamSlot();
    let result: StatusPoll = { kind: "fault", code: "RATE_LIMITED", message: "Upstream budget spent", status: 429 };
    if (grant.granted) {
      try {
        result = await pollStatus(this.env, this.position.origin, apikey, this.position.session, this.position.counter);
      } finally {
        grant.slot?.release();
      }
    }
    if (result.kind === "refused") return this.refuse(result);
    if (result.kind === "fault") {
      this.position.failures++;
      this.store.savePosition(this.position);
      return result;
    }
    this.lastPolledAt = Date.now();
    this.applyStatus(result.data);
    return result;
  }

  /** Merges one live-mode answer, stores it with its patch in one transaction, and tells every socket. */
  private applyStatus(data: MagnetLiveData): void {
    const firstSync = this.position.version === 0;
    const delta =
      data.fullsync || firstSync
        ? replaceAll(this.magnets, data.magnets as Magnet[])
        : mergeDiff(this.magnets, data.magnets);
    const reset = firstSync;
    this.position.failures = 0;
    this.position.refused = false;
    if (delta.drifted) {
      // A diff named a magnet we never saw in full: start a new session to get a fullsync.
      this.position.session = randomSession();
      this.position.counter = 0;
    } else {
      this.position.counter = data.counter;
    }
    if (!reset && delta.changes.length === 0 && delta.removed.length === 0) {
      this.store.savePosition(this.position);
      return;
    }
    const from = this.position.version;
    this.position.version = from + 1;
    const patch: PatchMessage = { type: "patch", from, to: from + 1, changes: delta.changes, removed: delta.removed };
    this.ctx.storage.transactionSync(() => {
      this.store.saveDelta(this.magnets, delta, patch, reset);
      this.store.savePosition(this.position);
    });
    const sockets = this.openSockets();
    if (reset) sendToAll(sockets, this.snapshot(), patch.to);
    else fanOut(sockets, patch, (held) => this.catchUp(held));
  }

  /** AllDebrid refused the key: forget it, close every socket with a reason, stop polling. */
  private async refuse(result: StatusPoll & { kind: "refused" }): Promise<StatusPoll> {
    this.position = { ...this.position, refused: true, failures: 0, sealedApikey: "" };
    this.apikey = null;
    this.store.savePosition(this.position);
    const code = result.code === "AUTH_BLOCKED" ? LIVE_CLOSE.accountBlocked : LIVE_CLOSE.badApikey;
    closeAll(this.openSockets(), code, `${result.code}: ${result.message}`);
    await this.ctx.storage.deleteAlarm();
    return result;
  }

  private snapshot(): SnapshotMessage {
    return { type: "snapshot", version: this.position.version, magnets: [...this.magnets.values()] };
  }

  /** What brings a client from `from` to now: a patch while the log covers it, else a snapshot. */
  private catchUp(from: number): ServerMessage {
    const version = this.position.version;
    if (from === version) return { type: "patch", from, to: from, changes: [], removed: [] };
    if (from > 0 && from < version) {
      const composed = composePatches(this.store.patchesSince(from));
      if (composed && composed.from === from && composed.to === version) return composed;
    }
    return this.snapshot();
  }
}
