// The live socket to the user's Durable Object: gets a single-use ticket, opens the socket
// (?version= resumes from the version already shown), reconnects with backoff, and polls GET
// /api/magnets while the socket cannot open. It knows nothing of Solid: it reports messages and
// its state. The HTTP half is in live-api.ts, the timing rules in backoff.ts.
import { AllDebridError, REFUSED_APIKEY_CODES } from "../../protocol/alldebrid";
import { type ClientMessage, LIVE_CLOSE, LIVE_PING, type ServerMessage } from "../../protocol/live";
import { CONNECT_TIMEOUT_MS, POLL_AFTER_FAILURES, reconnectDelay, STABLE_AFTER_MS } from "./backoff";
import { fetchSnapshot, fetchTicket, liveUrl, parseMessage } from "./live-api";

/** live: socket open; waiting: between attempts (retryAt says when); polling: waiting, with the list polled meanwhile. */
export type LiveStatus = "connecting" | "live" | "waiting" | "polling" | "offline" | "refused";

export interface LiveState {
  status: LiveStatus;
  /** When the next attempt starts (waiting, polling). */
  retryAt?: number;
  /** Why the connection was refused or the last attempt failed. */
  error?: unknown;
}

export interface LiveConnectionOptions {
  apikey: string;
  /** The version of the magnets shown now, 0 when none: the server resumes from it. */
  version: () => number;
  onMessage: (message: ServerMessage) => void;
  onState: (state: LiveState) => void;
}

const POLL_INTERVAL_MS = 5_000;

/** A quiet socket is pinged this often; one silent for two pings is treated as lost. */
const PING_INTERVAL_MS = 25_000;

export interface LiveConnection {
  stop(): void;
  /** Asks the server for what changed since `version()` (after a gap in the patches). */
  resync(): void;
  /** Tries at once, forgetting the backoff (the user pressed "Retry"). */
  retryNow(): void;
}

export function connectLive(options: LiveConnectionOptions): LiveConnection {
  return new LiveSocket(options);
}

/** Retrying with an apikey AllDebrid refused is pointless: sign in again (or verify the location). */
function isRefusal(error: unknown): boolean {
  return error instanceof AllDebridError && REFUSED_APIKEY_CODES.has(error.code);
}

class LiveSocket implements LiveConnection {
  private socket: WebSocket | null = null;
  private failures = 0;
  private stopped = false;
  private refused = false;
  private readonly timers = { retry: 0, connect: 0, stable: 0, poll: 0, ping: 0 };
  private readonly online = () => {
    this.failures = 0;
    void this.open();
  };
  private readonly offline = () => {
    this.stopPolling();
    this.socket?.close();
    this.report({ status: "offline" });
  };

  constructor(private readonly options: LiveConnectionOptions) {
    window.addEventListener("online", this.online);
    window.addEventListener("offline", this.offline);
    void this.open();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener("online", this.online);
    window.removeEventListener("offline", this.offline);
    for (const timer of Object.values(this.timers)) clearTimeout(timer);
    clearInterval(this.timers.ping);
    this.stopPolling();
    const closing = this.socket;
    this.socket = null;
    closing?.close(1000);
  }

  resync(): void {
    this.send({ type: "hello", version: this.options.version() });
  }

  retryNow(): void {
    this.failures = 0;
    this.refused = false;
    void this.open();
  }

  private report(state: LiveState): void {
    if (!this.stopped) this.options.onState(state);
  }

  private send(message: ClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private refuse(error: unknown): void {
    this.refused = true;
    this.stopPolling();
    this.report({ status: "refused", error });
  }

  /** One attempt: a ticket, then the socket. Resync on every open: the server's first message is a patch or a snapshot. */
  private async open(): Promise<void> {
    clearTimeout(this.timers.retry);
    if (this.stopped || this.refused || this.socket) return;
    if (!navigator.onLine) return this.report({ status: "offline" });
    this.report({ status: this.failures >= POLL_AFTER_FAILURES ? "polling" : "connecting" });
    let ticket: Awaited<ReturnType<typeof fetchTicket>>;
    try {
      ticket = await fetchTicket(this.options.apikey);
    } catch (error) {
      return isRefusal(error) ? this.refuse(error) : this.failed(error);
    }
    if (this.stopped || this.socket) return;
    this.attach(new WebSocket(liveUrl(ticket, this.options.version())));
  }

  private attach(socket: WebSocket): void {
    this.socket = socket;
    let opened = false;
    let heardAt = Date.now();
    this.timers.connect = window.setTimeout(() => socket.close(), CONNECT_TIMEOUT_MS);
    socket.onopen = () => {
      opened = true;
      this.opened(socket, () => heardAt);
    };
    socket.onmessage = (event) => {
      heardAt = Date.now();
      const message = parseMessage(event.data);
      if (message) this.options.onMessage(message);
    };
    socket.onclose = (event) => this.closed(socket, event, opened);
  }

  /** Live: stop polling, ping a quiet socket, and forget the failures once it has stayed up a while. */
  private opened(socket: WebSocket, heardAt: () => number): void {
    clearTimeout(this.timers.connect);
    this.stopPolling();
    this.report({ status: "live" });
    this.timers.ping = window.setInterval(() => {
      if (Date.now() - heardAt() > 2 * PING_INTERVAL_MS) socket.close();
      else if (socket.readyState === WebSocket.OPEN) socket.send(LIVE_PING);
    }, PING_INTERVAL_MS);
    this.timers.stable = window.setTimeout(() => {
      this.failures = 0;
    }, STABLE_AFTER_MS);
  }

  private closed(socket: WebSocket, event: CloseEvent, opened: boolean): void {
    clearTimeout(this.timers.connect);
    clearTimeout(this.timers.stable);
    clearInterval(this.timers.ping);
    if (this.socket !== socket) return;
    this.socket = null;
    if (this.stopped) return;
    if (event.code === LIVE_CLOSE.badApikey) this.refuse(new AllDebridError("AUTH_BAD_APIKEY"));
    else if (event.code === LIVE_CLOSE.accountBlocked) this.refuse(new AllDebridError("AUTH_BLOCKED"));
    else this.failed(opened ? undefined : new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 0));
  }

  /** Waits before the next attempt, polling the list meanwhile once attempts keep failing. */
  private failed(error?: unknown): void {
    if (this.stopped) return;
    const delay = reconnectDelay(this.failures++);
    if (!navigator.onLine) {
      this.report({ status: "offline" });
      return;
    }
    const polling = this.failures >= POLL_AFTER_FAILURES;
    if (polling) this.startPolling();
    this.report({ status: polling ? "polling" : "waiting", retryAt: Date.now() + delay, error });
    this.timers.retry = window.setTimeout(() => void this.open(), delay);
  }

  private startPolling(): void {
    if (this.timers.poll) return;
    const poll = async () => {
      try {
        const snapshot = await fetchSnapshot(this.options.apikey);
        if (!this.stopped && !this.socket) this.options.onMessage({ type: "snapshot", ...snapshot });
      } catch (error) {
        if (isRefusal(error)) return this.refuse(error);
      }
      if (this.timers.poll) this.timers.poll = window.setTimeout(poll, POLL_INTERVAL_MS);
    };
    this.timers.poll = window.setTimeout(poll, 0);
  }

  private stopPolling(): void {
    clearTimeout(this.timers.poll);
    this.timers.poll = 0;
  }
}
