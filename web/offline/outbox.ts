// The outbox: an action taken offline is stored, then sent once, in order, when the device is
// back online. One tab at a time sends (Web Locks). An entry is marked "sending" before its
// call; one still "sending" when a sender starts was cut off mid-call (tab closed, crash), and
// may or may not have arrived, so it is shown as failed (INTERRUPTED) for the user to retry,
// never re-sent silently. Transport failures keep the entry queued and retry with a backoff.
import { createSignal } from "solid-js";
import { AllDebridError, currentPath, type EndpointPath, type RequestParams } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { apikey } from "../session/session";
import { db } from "./db";
import { online } from "./online";
import type { OutboxEntry } from "./schema";

const [entries, setEntries] = createSignal<OutboxEntry[]>([]);
const [loaded, setLoaded] = createSignal(false);

/**
 * Every entry not yet cleared, oldest first, for the outbox view; `outboxLoaded` turns true once
 * they have been read from the device (until then an empty list means "not read yet").
 */
export { entries as outboxEntries, loaded as outboxLoaded };

/** Codes that mean "not now" rather than "never": the entry stays queued. */
const TRY_LATER = new Set(["UPSTREAM_UNAVAILABLE", "UPSTREAM_TIMEOUT", "RATE_LIMITED", "MAINTENANCE"]);
/** Sent entries are kept this long so the user can see they went out. */
const KEEP_SENT_MS = 24 * 60 * 60 * 1000;
const RETRY_MIN_MS = 5_000;
const RETRY_MAX_MS = 5 * 60_000;

const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("debrid-outbox");

async function refresh(announce = true): Promise<void> {
  const all = await (await db()).getAll("outbox");
  setEntries(all.sort((a, b) => (a.id ?? 0) - (b.id ?? 0)));
  setLoaded(true);
  if (announce) channel?.postMessage("changed");
}

/**
 * Queues a call; it is sent at once when online. Screens queue through sendOrQueue
 * (web/alldebrid); the outbox list words each entry from its path and parameters (outbox-text.ts).
 */
export async function enqueue(
  path: EndpointPath,
  params: RequestParams,
  files?: OutboxEntry["files"],
): Promise<number> {
  const entry: OutboxEntry = { path, params, files, createdAt: Date.now(), state: "queued" };
  const id = (await (await db()).add("outbox", entry)) as number;
  await refresh();
  if (online()) void flushOutbox();
  return id;
}

let flushing: Promise<void> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelay = RETRY_MIN_MS;

/** Sends every queued entry in order; safe to call often. */
function flushOutbox(): Promise<void> {
  flushing ??= withLock(sendQueued).finally(() => {
    flushing = null;
  });
  return flushing;
}

async function withLock(work: () => Promise<void>): Promise<void> {
  if ("locks" in navigator) return navigator.locks.request("debrid-outbox", work);
  return work();
}

async function sendQueued(): Promise<void> {
  if (!apikey()) return;
  const database = await db();
  const all = (await database.getAll("outbox")).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  for (const entry of all.filter((e) => e.state === "sending")) {
    await database.put("outbox", { ...entry, state: "failed", error: "INTERRUPTED" });
  }
  for (const entry of all.filter((e) => e.state === "queued")) {
    await database.put("outbox", { ...entry, state: "sending" });
    await refresh();
    try {
      // An entry queued by an older version of the app may name a /v4/ path: it goes to /v4.1/ now.
      const answer = await callApi(
        currentPath(entry.path),
        entry.params as never,
        entry.files ? { files: entry.files } : undefined,
      );
      await database.put("outbox", { ...entry, state: "sent", error: undefined, sentAt: Date.now(), answer });
    } catch (error) {
      if (!(error instanceof AllDebridError) || TRY_LATER.has(error.code)) {
        // Not reachable now: keep it (and everything after it, to keep the order) for later.
        await database.put("outbox", { ...entry, state: "queued" });
        await refresh();
        scheduleRetry();
        return;
      }
      await database.put("outbox", { ...entry, state: "failed", error: error.code });
    }
    await refresh();
  }
  retryDelay = RETRY_MIN_MS;
  await refresh();
}

/** Tries again later even if no "online" event comes (the network may be up but the server not). */
function scheduleRetry(): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void flushOutbox(), retryDelay * (0.8 + Math.random() * 0.4));
  retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
}

/** Puts a failed entry back in the queue and sends it. */
export async function retryEntry(id: number): Promise<void> {
  const database = await db();
  const entry = await database.get("outbox", id);
  if (entry?.state !== "failed") return;
  await database.put("outbox", { ...entry, state: "queued", error: undefined });
  await refresh();
  retryDelay = RETRY_MIN_MS;
  if (online()) void flushOutbox();
}

/** Removes an entry that is not being sent right now. */
export async function removeEntry(id: number): Promise<void> {
  const database = await db();
  const entry = await database.get("outbox", id);
  if (!entry || entry.state === "sending") return;
  await database.delete("outbox", id);
  await refresh();
}

/** Removes sent (and, when asked, failed) entries from the list. */
export async function clearOutbox(includeFailed = false): Promise<void> {
  const database = await db();
  for (const entry of await database.getAll("outbox")) {
    if (entry.id !== undefined && (entry.state === "sent" || (includeFailed && entry.state === "failed")))
      await database.delete("outbox", entry.id);
  }
  await refresh();
}

async function forgetOldSent(): Promise<void> {
  const database = await db();
  for (const entry of await database.getAll("outbox")) {
    if (entry.id !== undefined && entry.state === "sent" && Date.now() - (entry.sentAt ?? 0) > KEEP_SENT_MS)
      await database.delete("outbox", entry.id);
  }
}

let started = false;

/** Starts watching connectivity; call once at start-up. */
export function startOutbox(): void {
  if (started) return;
  started = true;
  void forgetOldSent().then(() => refresh(false));
  channel?.addEventListener("message", () => void refresh(false));
  window.addEventListener("online", () => {
    retryDelay = RETRY_MIN_MS;
    void flushOutbox();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && online()) void flushOutbox();
  });
  if (online()) void flushOutbox();
}
