// The outbox: an action taken offline is stored, then sent once, in order, when the device is
// back online. One tab at a time sends (Web Locks), and an entry is marked "sending" before its
// call so a reload mid-send does not send it twice silently.
import { createSignal } from "solid-js";
import { AllDebridError, type EndpointPath, type RequestParams } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { db } from "./db";
import type { OutboxEntry } from "./outbox-types";

const [entries, setEntries] = createSignal<OutboxEntry[]>([]);

/** Every entry not yet cleared, for the outbox view. */
export { entries as outboxEntries };

async function refresh(): Promise<void> {
  setEntries(await (await db()).getAll("outbox"));
}

/** Queues an action; it is sent at once when online. */
export async function enqueue(
  label: string,
  path: EndpointPath,
  params: RequestParams,
  files?: OutboxEntry["files"],
): Promise<number> {
  const entry: OutboxEntry = { label, path, params, files, createdAt: Date.now(), state: "queued" };
  const id = (await (await db()).add("outbox", entry)) as number;
  await refresh();
  if (navigator.onLine) void flushOutbox();
  return id;
}

let flushing: Promise<void> | null = null;

/** Sends every queued entry in order; safe to call often. */
export function flushOutbox(): Promise<void> {
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
  const database = await db();
  const queued = (await database.getAll("outbox")).filter((e) => e.state === "queued" || e.state === "sending");
  for (const entry of queued.sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
    await database.put("outbox", { ...entry, state: "sending" });
    await refresh();
    try {
      await callApi(entry.path, entry.params as never, entry.files ? { files: entry.files } : undefined);
      await database.put("outbox", { ...entry, state: "sent", error: undefined });
    } catch (error) {
      if (!(error instanceof AllDebridError) || error.code === "UPSTREAM_UNAVAILABLE") {
        await database.put("outbox", { ...entry, state: "queued" });
        await refresh();
        return; // still offline: keep the order, try again on the next "online"
      }
      await database.put("outbox", { ...entry, state: "failed", error: error.code });
    }
    await refresh();
  }
}

/** Removes sent (and, when asked, failed) entries from the list. */
export async function clearOutbox(includeFailed = false): Promise<void> {
  const database = await db();
  for (const entry of await database.getAll("outbox")) {
    if (entry.state === "sent" || (includeFailed && entry.state === "failed"))
      await database.delete("outbox", entry.id!);
  }
  await refresh();
}

/** Starts watching connectivity; call once at start-up. */
export function startOutbox(): void {
  void refresh();
  window.addEventListener("online", () => void flushOutbox());
  if (navigator.onLine) void flushOutbox();
}
