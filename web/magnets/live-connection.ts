// The live socket to the user's Durable Object: gets a single-use ticket, opens the socket
// (?version= resumes from the version already shown), reconnects with backoff, and polls GET /api/magnets
// while the socket cannot open. It knows nothing of Solid: it reports messages and its state.
import { AllDebridError, isEnvelope } from "../../protocol/alldebrid";
import {
  type ClientMessage,
  LIVE_CLOSE,
  LIVE_PING,
  type LiveTicket,
  type MagnetsSnapshot,
  type ServerMessage,
} from "../../protocol/live";
import { CONNECT_TIMEOUT_MS, POLL_AFTER_FAILURES, reconnectDelay, STABLE_AFTER_MS } from "./backoff";

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

export const POLL_INTERVAL_MS = 5_000;

/** A quiet socket is pinged this often; one silent for two pings is treated as lost. */
export const PING_INTERVAL_MS = 25_000;

/** Errors after which retrying with the same apikey is pointless. */
const REFUSALS = new Set(["AUTH_BAD_APIKEY", "AUTH_MISSING_APIKEY", "AUTH_USER_BANNED", "AUTH_BLOCKED"]);

export interface LiveConnection {
  stop(): void;
  /** Asks the server for what changed since `version()` (after a gap in the patches). */
  resync(): void;
  /** Tries at once, forgetting the backoff (the user pressed "Retry"). */
  retryNow(): void;
}

export function connectLive(options: LiveConnectionOptions): LiveConnection {
  let socket: WebSocket | null = null;
  let failures = 0;
  let stopped = false;
  let refused = false;
  const timers = { retry: 0, connect: 0, stable: 0, poll: 0, ping: 0 };

  const report = (state: LiveState) => {
    if (!stopped) options.onState(state);
  };
  const send = (message: ClientMessage) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };

  function refuse(error: unknown): void {
    refused = true;
    stopPolling();
    report({ status: "refused", error });
  }

  function isRefusal(error: unknown): boolean {
    return error instanceof AllDebridError && REFUSALS.has(error.code);
  }

  async function open(): Promise<void> {
    clearTimeout(timers.retry);
    if (stopped || refused || socket) return;
    if (!navigator.onLine) {
      report({ status: "offline" });
      return;
    }
    report({ status: failures >= POLL_AFTER_FAILURES ? "polling" : "connecting" });
    let ticket: LiveTicket;
    try {
      ticket = await readApi<LiveTicket>(
        await fetch("/api/live/ticket", { method: "POST", headers: { Authorization: `Bearer ${options.apikey}` } }),
      );
    } catch (error) {
      if (isRefusal(error)) return refuse(error);
      return failed(error);
    }
    if (stopped || socket) return;
    const url = new URL("/api/live", location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("ticket", ticket.ticket);
    // Resync on every open: the server's first message is a patch from this version, or a snapshot.
    if (options.version() > 0) url.searchParams.set("version", String(options.version()));
    attach(new WebSocket(url));
  }

  function attach(next: WebSocket): void {
    socket = next;
    let opened = false;
    let heardAt = Date.now();
    timers.connect = window.setTimeout(() => next.close(), CONNECT_TIMEOUT_MS);
    next.onopen = () => {
      opened = true;
      clearTimeout(timers.connect);
      stopPolling();
      report({ status: "live" });
      timers.ping = window.setInterval(() => {
        if (Date.now() - heardAt > 2 * PING_INTERVAL_MS) next.close();
        else if (next.readyState === WebSocket.OPEN) next.send(LIVE_PING);
      }, PING_INTERVAL_MS);
      timers.stable = window.setTimeout(() => {
        failures = 0;
      }, STABLE_AFTER_MS);
    };
    next.onmessage = (event) => {
      heardAt = Date.now();
      const message = parseMessage(event.data);
      if (message) options.onMessage(message);
    };
    next.onclose = (event) => {
      clearTimeout(timers.connect);
      clearTimeout(timers.stable);
      clearInterval(timers.ping);
      if (socket !== next) return;
      socket = null;
      if (stopped) return;
      if (event.code === LIVE_CLOSE.badApikey) return refuse(new AllDebridError("AUTH_BAD_APIKEY"));
      if (event.code === LIVE_CLOSE.accountBlocked) return refuse(new AllDebridError("AUTH_BLOCKED"));
      failed(opened ? undefined : new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 0));
    };
  }

  function failed(error?: unknown): void {
    if (stopped) return;
    const delay = reconnectDelay(failures++);
    const retryAt = Date.now() + delay;
    if (!navigator.onLine) {
      report({ status: "offline" });
      return;
    }
    if (failures >= POLL_AFTER_FAILURES) startPolling();
    report({ status: failures >= POLL_AFTER_FAILURES ? "polling" : "waiting", retryAt, error });
    timers.retry = window.setTimeout(() => void open(), delay);
  }

  function startPolling(): void {
    if (timers.poll) return;
    const poll = async () => {
      try {
        const snapshot = await readApi<MagnetsSnapshot>(
          await fetch("/api/magnets", { headers: { Authorization: `Bearer ${options.apikey}` } }),
        );
        if (!stopped && !socket) options.onMessage({ type: "snapshot", ...snapshot });
      } catch (error) {
        if (isRefusal(error)) return refuse(error);
      }
      if (timers.poll) timers.poll = window.setTimeout(poll, POLL_INTERVAL_MS);
    };
    timers.poll = window.setTimeout(poll, 0);
  }

  function stopPolling(): void {
    clearTimeout(timers.poll);
    timers.poll = 0;
  }

  const online = () => {
    failures = 0;
    void open();
  };
  const offline = () => {
    stopPolling();
    socket?.close();
    report({ status: "offline" });
  };
  window.addEventListener("online", online);
  window.addEventListener("offline", offline);
  void open();

  return {
    stop() {
      stopped = true;
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      for (const timer of Object.values(timers)) clearTimeout(timer);
      clearInterval(timers.ping);
      stopPolling();
      const closing = socket;
      socket = null;
      closing?.close(1000);
    },
    resync() {
      if (socket?.readyState === WebSocket.OPEN) send({ type: "hello", version: options.version() });
    },
    retryNow() {
      failures = 0;
      refused = false;
      void open();
    },
  };
}

/** The app's own endpoints answer plain JSON on success and the AllDebrid envelope on error. */
async function readApi<T>(response: Response): Promise<T> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new AllDebridError("UPSTREAM_INVALID_RESPONSE", undefined, response.status);
  }
  if (isEnvelope(body)) {
    if (body.status === "error") throw new AllDebridError(body.error.code, body.error.message, response.status);
    return body.data as T;
  }
  if (!response.ok) throw new AllDebridError("UPSTREAM_INVALID_RESPONSE", undefined, response.status);
  return body as T;
}

function parseMessage(data: unknown): ServerMessage | null {
  if (typeof data !== "string") return null;
  try {
    const message = JSON.parse(data) as ServerMessage;
    return typeof message === "object" && message !== null && "type" in message ? message : null;
  } catch {
    return null;
  }
}
