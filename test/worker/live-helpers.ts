// Test helpers for live sync: sandbox accounts and writes, tickets, and a device that holds a
// socket and keeps its magnets exactly as a client following docs/live.md would.
import { env, exports } from "cloudflare:workers";
import type { Magnet, MagnetLiveData } from "../../protocol/alldebrid";
import { applyServerMessage, type LiveTicket, type ServerMessage } from "../../protocol/live";
import type { Account } from "../../worker/account";
import type { FeedChange, MagnetFeed } from "../../worker/account/live/feed";
import { keyedHash } from "../../worker/security/key-hash";
import { waitUntil } from "../wait-until";

export const ORIGIN = "http://edge.test";

export { newKey } from "./sandbox-hooks";

/** A random info-hash whose first hex digit picks the sandbox fate: 0 ready at once, f failing, 1-d normal. */
export function hashStartingWith(first: string): string {
  const rest = [...crypto.getRandomValues(new Uint8Array(20))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return (first + rest).slice(0, 40);
}

type Envelope<T> = { status: string; data: T; error?: { code: string } };

/**
 * One call to the sandbox as a device makes it. The sandbox enforces the documented 12 calls a
 * second per account, shared with the account object's polls, so a RATE_LIMITED answer is retried.
 */
async function sandboxCall<T>(apikey: string, path: string, form: Array<[string, string]>): Promise<T> {
  const body = await waitUntil(
    async () => {
      const response = await exports.default.fetch(`${ORIGIN}/sandbox${path}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${apikey}` },
        body: new URLSearchParams(form),
      });
      const answer = await response.json<Envelope<T>>();
      return answer.error?.code === "RATE_LIMITED" ? null : answer;
    },
    `${path} within the rate limit`,
    { everyMs: 100 },
  );
  if (body?.status !== "success") throw new Error(`${path} failed: ${body?.error?.code}`);
  return body.data;
}

export async function upload(apikey: string, hashes: string[]): Promise<number[]> {
  const data = await sandboxCall<{ magnets: Array<{ id?: number }> }>(
    apikey,
    "/v4.1/magnet/upload",
    hashes.map((hash) => ["magnets[]", `magnet:?xt=urn:btih:${hash}`]),
  );
  return data.magnets.map((magnet) => magnet.id ?? 0);
}

export function deleteMagnet(apikey: string, id: number): Promise<unknown> {
  return sandboxCall(apikey, "/v4.1/magnet/delete", [["id", String(id)]]);
}

export function restartMagnet(apikey: string, id: number): Promise<unknown> {
  return sandboxCall(apikey, "/v4.1/magnet/restart", [["id", String(id)]]);
}

/** What a fresh full /v4.1/magnet/status says now, by id. */
export async function fullStatus(apikey: string): Promise<Map<number, Magnet>> {
  const data = await sandboxCall<{ magnets: Magnet[] }>(apikey, "/v4.1/magnet/status", []);
  return new Map(data.magnets.map((magnet) => [magnet.id, magnet]));
}

export function sorted(magnets: Map<number, Magnet> | Magnet[]): Magnet[] {
  return [...magnets.values()].sort((a, b) => a.id - b.id);
}

export async function ticketFor(apikey: string): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}/api/live/ticket`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apikey}` },
  });
}

export async function accountOf(apikey: string) {
  return env.ACCOUNT.get(env.ACCOUNT.idFromName(await keyedHash(env, apikey)));
}

export function openWithTicket(ticket: string, query = ""): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}/api/live?ticket=${encodeURIComponent(ticket)}${query}`, {
    headers: { Upgrade: "websocket" },
  });
}

/** A connected device: every message it got, its magnets and version, and how it was closed. */
export class Device {
  readonly messages: ServerMessage[] = [];
  readonly magnets = new Map<number, Magnet>();
  version = 0;
  gaps = 0;
  closed: { code: number; reason: string } | null = null;

  constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (event) => {
      const message = JSON.parse(event.data as string) as ServerMessage;
      this.messages.push(message);
      const next = applyServerMessage(this.magnets, this.version, message);
      if (next === null) this.gaps++;
      else this.version = next;
    });
    ws.addEventListener("close", (event) => {
      this.closed = { code: event.code, reason: event.reason };
    });
    ws.accept();
  }

  static async connect(apikey: string, resumeFrom?: Device): Promise<Device> {
    const response = await ticketFor(apikey);
    const { ticket } = await response.json<LiveTicket>();
    const query = resumeFrom ? `&version=${resumeFrom.version}` : "";
    const upgraded = await openWithTicket(ticket, query);
    if (!upgraded.webSocket) throw new Error(`no socket: HTTP ${upgraded.status}`);
    const device = new Device(upgraded.webSocket);
    if (resumeFrom) {
      device.version = resumeFrom.version;
      for (const [id, magnet] of resumeFrom.magnets) device.magnets.set(id, magnet);
    }
    return device;
  }

  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }

  close(): void {
    this.ws.close(1000, "done");
  }
}

/** The parts of an account object the tests look into (its live sync, private to the object otherwise). */
export interface AccountInside {
  feed: MagnetFeed;
  tell(change: FeedChange): void;
  poll(): Promise<unknown>;
}

export function inside(instance: Account): AccountInside {
  return (instance as unknown as { live: AccountInside }).live;
}

/** One live-mode answer applied as a poll applies it: merged, stored, and told to every socket. */
export function applyLive(instance: Account, data: { magnets: unknown[]; counter: number; fullsync?: boolean }): void {
  const change = inside(instance).feed.apply(data as MagnetLiveData);
  if (change) inside(instance).tell(change);
}
