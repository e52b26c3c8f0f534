// Each link's way from recognition to a download link: recognised on the device (hosts
// catalogue), previewed (/link/infos), a redirector expanded into links of its own, unlocked
// (with a password; offline, it waits in the outbox), a stream quality chosen, a delayed link
// waited for, or a magnet sent to the magnets. Every step shows on the link's card.
import { AllDebridError, isItemError, type UnlockData } from "../../protocol/alldebrid";
import { btihToHex } from "../../protocol/torrent";
import {
  addMagnets,
  chooseStream as chooseStreamOf,
  followDelayed,
  readUnlock,
  saveLink as saveToAccount,
  type Unlocked,
  unlockOrQueue,
} from "../alldebrid";
import { callApi } from "../api/client";
import { hostsCatalogue, loadHosts } from "../hosts/catalogue";
import { type DetectedLink, detectLinks } from "../hosts/detect";
import type { OutboxEntry } from "../offline/schema";
import type { LinkItem } from "./items";
import { failure, findItem, type LinksList, newKey, updateItem as update } from "./list";

/** Links a tap on Unlock can take: a host or stream link, or one no host matched yet. */
export function canUnlock(item: Pick<LinkItem, "kind">): boolean {
  return item.kind === "host" || item.kind === "stream" || item.kind === "unknown";
}

/**
 * Adds every link found in a text (each once); returns how many were new. `from`: the
 * redirector they came out of (they go right under it). `unlock`: unlock them at once (a paste,
 * the Unlock button), one after the other; magnets still wait for a tap.
 */
export async function addText(
  list: LinksList,
  text: string,
  from?: string,
  options: { unlock?: boolean } = {},
): Promise<number> {
  await list.restoring;
  // Recognising needs the catalogue: wait for it when it is not on the device yet.
  if (!hostsCatalogue()) await loadHosts().catch(() => null);
  const known = new Set(list.state.items.map(sameAs));
  const fresh: LinkItem[] = [];
  for (const detected of detectLinks(text, hostsCatalogue())) {
    if (known.has(sameAs(detected))) continue;
    known.add(sameAs(detected));
    // A redirector's links are AllDebrid's own virtual links: unlockable though no host matches.
    const kind = from && (detected.kind === "unsupported" || detected.kind === "unknown") ? "host" : detected.kind;
    fresh.push({ ...detected, kind, from, key: newKey(), step: "new", addedAt: Date.now() });
  }
  if (fresh.length === 0) return 0;
  list.setState({ items: withFresh(list, fresh, from), restoredFrom: null });
  list.saveSoon();
  const unlocking = options.unlock ? fresh.filter(canUnlock) : [];
  // The preview of names and sizes is for links not unlocked now: an unlock answers it anyway.
  void checkInfos(
    list,
    fresh.filter((item) => item.kind !== "magnet" && item.kind !== "redirector" && !unlocking.includes(item)),
  );
  for (const item of fresh) if (item.kind === "redirector") void expandRedirector(list, item.key);
  void unlockInTurn(list, unlocking);
  return fresh.length;
}

/** New links first, except a redirector's: right under it. */
function withFresh(list: LinksList, fresh: LinkItem[], from: string | undefined): LinkItem[] {
  const items = list.state.items;
  const at = from === undefined ? -1 : items.findIndex((item) => item.kind === "redirector" && item.link === from);
  return at < 0 ? [...fresh, ...items] : [...items.slice(0, at + 1), ...fresh, ...items.slice(at + 1)];
}

/** Unlocks links one after the other (the rate budget), each only if nothing else started it meanwhile. */
export async function unlockInTurn(list: LinksList, items: readonly LinkItem[]): Promise<void> {
  for (const { key } of items) if (findItem(list, key)?.step === "new") await unlock(list, key);
}

/** What makes two entries one: a magnet's info hash (as a link, a hex or a base32 hash alike), else the link. */
function sameAs(entry: Pick<DetectedLink, "link" | "kind" | "hash">): string {
  return entry.kind === "magnet" && entry.hash ? `magnet:${btihToHex(entry.hash)}` : entry.link;
}

/** Asks /link/infos for names and sizes, all links in one call; per-link errors shown on each. */
async function checkInfos(list: LinksList, items: LinkItem[]): Promise<void> {
  if (items.length === 0) return;
  for (const item of items) update(list, item.key, { step: "checking" });
  try {
    const { infos } = await callApi("/v4.1/link/infos", { "link[]": items.map((item) => item.link) });
    items.forEach((item, index) => {
      const info = infos.find((entry) => entry.link === item.link) ?? infos[index];
      // An unlock may have started meanwhile: the preview then only adds what it knows.
      const checking = findItem(list, item.key)?.step === "checking";
      if (!info) {
        if (checking) update(list, item.key, { step: "new" });
      } else if (!isItemError(info)) {
        // The service knows the link even when the device's catalogue did not.
        const guess = info.host === "stream" ? "stream" : "host";
        const kind = item.kind === "unsupported" || item.kind === "unknown" ? guess : item.kind;
        const preview = { kind, name: info.filename, size: info.size, service: item.service ?? info.host };
        update(list, item.key, checking ? { ...preview, step: "new" } : preview);
      } else if (checking) {
        // (Otherwise the unlock in flight will tell.)
        if (info.error.code === "LINK_PASS_PROTECTED") update(list, item.key, { step: "password" });
        else update(list, item.key, { step: "failed", error: info.error });
      }
    });
  } catch {
    // The preview is a nicety: without it the links can still be unlocked.
    for (const item of items)
      if (findItem(list, item.key)?.step === "checking") update(list, item.key, { step: "new" });
  }
}

export async function expandRedirector(list: LinksList, key: string): Promise<void> {
  const item = findItem(list, key);
  if (!item) return;
  update(list, key, { step: "working", error: undefined });
  try {
    const { links: found } = await callApi("/v4.1/link/redirector", { link: item.link });
    update(list, key, { step: "expanded", found: found.length });
    await addText(list, found.join("\n"), item.link);
  } catch (error) {
    update(list, key, { step: "failed", error: failure(error) });
  }
}

/** Unlocks a link (with a password when the host asked for one); offline, it waits in the outbox. */
export async function unlock(list: LinksList, key: string, password?: string): Promise<void> {
  const item = findItem(list, key);
  if (!item) return;
  update(list, key, { step: "working", error: undefined });
  try {
    const unlocked = await unlockOrQueue(item.link, { password, bestQuality: item.bestQuality });
    if (unlocked.step === "queued") {
      return update(list, key, { step: "queued", outboxEntry: unlocked.entry, password });
    }
    show(list, key, unlocked);
  } catch (error) {
    unlockFailed(list, key, error, password);
  }
}

function unlockFailed(list: LinksList, key: string, error: unknown, password: string | undefined): void {
  if (error instanceof AllDebridError && error.code === "LINK_PASS_PROTECTED") {
    update(list, key, { step: "password", wrongPassword: password !== undefined });
  } else {
    update(list, key, { step: "failed", error: failure(error) });
  }
}

/**
 * An unlock that waited in the outbox was answered (or refused, or the entry is gone): the card
 * shows what came of it. Returns the entry to remove from the outbox, its job done.
 */
export function readQueued(list: LinksList, item: LinkItem, entry: OutboxEntry | undefined): number | undefined {
  const { key, password } = item;
  // The password was only kept for this answer.
  update(list, key, { outboxEntry: undefined, password: undefined });
  if (!entry) {
    // Removed from the outbox, or forgotten after a day: the link can be unlocked again.
    update(list, key, { step: "new" });
    return undefined;
  }
  if (entry.state === "sent") {
    update(list, key, { step: "working" });
    readUnlock(entry.answer as UnlockData, { bestQuality: item.bestQuality }).then(
      (unlocked) => show(list, key, unlocked),
      (error: unknown) => unlockFailed(list, key, error, password),
    );
  } else if (entry.error === "INTERRUPTED") {
    // Cut off mid-send: nothing is known, so the link is offered again.
    update(list, key, { step: "new" });
  } else {
    unlockFailed(list, key, new AllDebridError(entry.error ?? "GENERIC"), password);
  }
  return entry.id;
}

/** Asks for the chosen quality of a stream: a link, or a delayed link to follow. */
export async function chooseStream(list: LinksList, key: string, streamId: string): Promise<void> {
  const generation = findItem(list, key)?.generation;
  if (!generation) return;
  update(list, key, { step: "working", error: undefined });
  try {
    show(list, key, await chooseStreamOf(generation, streamId));
  } catch (error) {
    update(list, key, { step: "failed", error: failure(error) });
  }
}

/** Where an unlock led: a download link, a quality to choose, or a delayed link to wait for. */
function show(list: LinksList, key: string, unlocked: Unlocked): void {
  const known = findItem(list, key);
  const file = { name: unlocked.filename || known?.name, size: unlocked.size || known?.size, wrongPassword: false };
  if (unlocked.step === "ready") {
    const result = { link: unlocked.link, filename: unlocked.filename, size: unlocked.size };
    update(list, key, { ...file, step: "unlocked", result });
  } else if (unlocked.step === "quality") {
    update(list, key, { ...file, step: "quality", streams: unlocked.streams, generation: unlocked.generation });
  } else {
    update(list, key, { ...file, step: "delayed", delayedId: unlocked.delayedId, readyAt: undefined });
    void followItem(list, key, unlocked.delayedId);
  }
}

/** Waits for an item's delayed link, once per item, showing the time left on the way. */
export async function followItem(list: LinksList, key: string, delayedId: number): Promise<void> {
  if (list.following.has(key)) return;
  const stop = new AbortController();
  list.following.set(key, stop);
  const onWait = (secondsLeft: number | null) =>
    update(list, key, { readyAt: secondsLeft === null ? undefined : Date.now() + secondsLeft * 1000 });
  try {
    const link = await followDelayed(delayedId, { signal: stop.signal, onWait });
    const item = findItem(list, key);
    const filename = item?.name ?? link.split("/").pop() ?? "";
    update(list, key, { step: "unlocked", result: { link, filename, size: item?.size ?? 0 } });
  } catch (error) {
    if (!stop.signal.aborted) update(list, key, { step: "failed", error: failure(error) });
  } finally {
    list.following.delete(key);
  }
}

/** Sends a magnet or hash found in the text to the magnets (from the outbox when offline). */
export async function addAsMagnet(list: LinksList, key: string): Promise<void> {
  const item = findItem(list, key);
  if (!item) return;
  update(list, key, { step: "working", error: undefined });
  const [added] = await addMagnets([item.link]);
  if (!added?.ok) return update(list, key, { step: "failed", error: failure(added?.error) });
  if (added.queued === "line") return update(list, key, { step: "magnetWaiting", magnetName: added.name });
  if (added.queued) return update(list, key, { step: "magnetQueued" });
  const { name, size } = added.magnet;
  update(list, key, { step: "magnetAdded", magnetName: name, name, size });
}

/** Saves the original link to the account (queued in the outbox when offline); throws why it was refused. */
export async function saveLink(list: LinksList, key: string): Promise<"saved" | "queued"> {
  const item = findItem(list, key);
  if (!item) return "saved";
  const outcome = await saveToAccount(item.link);
  update(list, key, outcome === "saved" ? { saved: true } : { saveQueued: true });
  return outcome;
}
