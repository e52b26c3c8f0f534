// Shares waiting on this device (IndexedDB `shares`): kept until the user has acted on every
// item or dismissed the share, so a reload or a sign-in in between loses nothing.
import { db } from "../offline/db";
import type { ItemProgress, SharedPayload } from "../offline/schema";

export async function loadShare(id: string): Promise<SharedPayload | undefined> {
  return (await db()).get("shares", id);
}

/** Every share not yet dealt with, newest first. */
export async function waitingShares(): Promise<SharedPayload[]> {
  const shares = await (await db()).getAll("shares");
  return shares.sort((a, b) => b.receivedAt - a.receivedAt);
}

export async function keepShare(payload: SharedPayload): Promise<void> {
  await (await db()).put("shares", payload);
}

export async function forgetShare(id: string): Promise<void> {
  await (await db()).delete("shares", id);
}

/** Records what happened to one item (undefined: nothing, after a failure), in one transaction. */
export async function recordProgress(id: string, key: string, progress: ItemProgress | undefined): Promise<void> {
  const transaction = (await db()).transaction("shares", "readwrite");
  const payload = await transaction.store.get(id);
  if (payload) {
    const next = { ...payload.progress };
    if (progress) next[key] = progress;
    else delete next[key];
    await transaction.store.put({ ...payload, progress: next });
  }
  await transaction.done;
}

/** Keeps the links a redirector gave back, so they survive a reload like the rest of the share. */
export async function recordExpanded(id: string, key: string, links: string[]): Promise<void> {
  const transaction = (await db()).transaction("shares", "readwrite");
  const payload = await transaction.store.get(id);
  if (payload) {
    await transaction.store.put({
      ...payload,
      expanded: { ...payload.expanded, [key]: links },
      progress: { ...payload.progress, [key]: "done" },
    });
  }
  await transaction.done;
}

/** A share that did not come through the service worker (magnet: handler, opened file, no SW). */
export function newShare(fields: Partial<Pick<SharedPayload, "title" | "text" | "url" | "files">>): SharedPayload {
  return {
    id: crypto.randomUUID(),
    receivedAt: Date.now(),
    title: fields.title ?? "",
    text: fields.text ?? "",
    url: fields.url ?? "",
    files: fields.files ?? [],
  };
}
