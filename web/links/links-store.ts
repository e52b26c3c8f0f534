// The Links screen's store: the pasted links (and those unlocked from the Share screen), each
// followed from recognition to a download link (infos, redirector, unlock, password, stream
// quality, delayed polling; an unlock asked offline waits in the outbox and its answer is picked
// up from there), and the last results kept on the device so the screen shows them offline with
// their age. Reached through useLinks() (context.tsx); it belongs to the signed-in account.
import { batch, createEffect } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
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
import { loadSnapshot, saveSnapshot } from "../offline/db";
import { isUnreachable } from "../offline/online";
import { outboxEntries, outboxLoaded, removeEntry } from "../offline/outbox";
import type { OutboxEntry } from "../offline/schema";
import { perAccount } from "../session/per-account";
import type { ItemErrorInfo, LinkItem } from "./items";

export interface LinksState {
  items: LinkItem[];
  /** When the list shown was saved, while it is the one the device kept rather than this session's. */
  restoredFrom: number | null;
}

const [state, setState] = createStore<LinksState>({ items: [], restoredFrom: null });

let counter = 0;
const newKey = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

function find(key: string): LinkItem | undefined {
  return state.items.find((item) => item.key === key);
}

function update(key: string, patch: Partial<LinkItem>): void {
  setState("items", (item) => item.key === key, patch);
  persist();
}

function failure(error: unknown): ItemErrorInfo {
  // A call that reached no server: this device is offline (not AllDebrid failing the server).
  if (isUnreachable(error)) return { code: "NO_NETWORK", message: "" };
  if (error instanceof AllDebridError) return { code: error.code, message: error.message };
  return { code: "NO_NETWORK", message: String(error) };
}

let persistTimer: ReturnType<typeof setTimeout> | undefined;

/** Saves the list shortly after it changes (many changes in a row are saved once). */
function persist(): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(saveNow, 300);
}

function saveNow(): void {
  persistTimer = undefined;
  void saveSnapshot("links", structuredClone(unwrap(state.items)));
}

// A change still waiting to be saved is saved when the page is hidden or closed.
if (typeof window !== "undefined") {
  const flush = () => {
    if (persistTimer !== undefined) {
      clearTimeout(persistTimer);
      saveNow();
    }
  };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
}

/** The device's list being read back; links added meanwhile wait for it, so neither hides the other. */
let restoring: Promise<void> = Promise.resolve();

/** Shows the last list from the device, once, when this session has none yet. */
async function restore(): Promise<void> {
  if (state.items.length > 0) return;
  const saved = await loadSnapshot<LinkItem[]>("links").catch(() => undefined);
  if (!saved || state.items.length > 0) return;
  // A call that was in flight when the app closed is simply offered again.
  const items = saved.value.map((item): LinkItem => {
    if (item.step === "checking" || item.step === "working") return { ...item, step: "new" };
    return item;
  });
  batch(() => {
    setState("items", reconcile(items, { key: "key" }));
    setState("restoredFrom", saved.savedAt);
  });
  for (const item of items) if (item.step === "delayed" && item.delayedId) void followItem(item.key, item.delayedId);
}

/** Links a tap on Unlock can take: a host or stream link, or one no host matched yet. */
function canUnlock(item: Pick<LinkItem, "kind">): boolean {
  return item.kind === "host" || item.kind === "stream" || item.kind === "unknown";
}

/**
 * Adds every link found in a text (each once); returns how many were new. `from`: the
 * redirector they came out of (they go right under it). `unlock`: unlock them at once (a paste,
 * the Unlock button), one after the other; magnets still wait for a tap.
 */
async function addText(text: string, from?: string, options: { unlock?: boolean } = {}): Promise<number> {
  await restoring;
  // Recognising needs the catalogue: wait for it when it is not on the device yet.
  if (!hostsCatalogue()) await loadHosts().catch(() => null);
  const known = new Set(state.items.map(sameAs));
  const fresh: LinkItem[] = [];
  for (const detected of detectLinks(text, hostsCatalogue())) {
    if (known.has(sameAs(detected))) continue;
    known.add(sameAs(detected));
    // A redirector's links are AllDebrid's own virtual links: unlockable though no host matches.
    const kind = from && (detected.kind === "unsupported" || detected.kind === "unknown") ? "host" : detected.kind;
    fresh.push({ ...detected, kind, from, key: newKey(), step: "new", addedAt: Date.now() });
  }
  if (fresh.length === 0) return 0;
  setState({ items: withFresh(fresh, from), restoredFrom: null });
  persist();
  const unlocking = options.unlock ? fresh.filter(canUnlock) : [];
  // The preview of names and sizes is for links not unlocked now: an unlock answers it anyway.
  void checkInfos(
    fresh.filter((item) => item.kind !== "magnet" && item.kind !== "redirector" && !unlocking.includes(item)),
  );
  for (const item of fresh) if (item.kind === "redirector") void expandRedirector(item.key);
  void unlockInTurn(unlocking);
  return fresh.length;
}

/** New links first, except a redirector's: right under it. */
function withFresh(fresh: LinkItem[], from: string | undefined): LinkItem[] {
  const at =
    from === undefined ? -1 : state.items.findIndex((item) => item.kind === "redirector" && item.link === from);
  return at < 0
    ? [...fresh, ...state.items]
    : [...state.items.slice(0, at + 1), ...fresh, ...state.items.slice(at + 1)];
}

/** Unlocks links one after the other (the rate budget), each only if nothing else started it meanwhile. */
async function unlockInTurn(items: readonly LinkItem[]): Promise<void> {
  for (const { key } of items) if (find(key)?.step === "new") await unlock(key);
}

/** What makes two entries one: a magnet's info hash (as a link, a hex or a base32 hash alike), else the link. */
function sameAs(entry: Pick<DetectedLink, "link" | "kind" | "hash">): string {
  return entry.kind === "magnet" && entry.hash ? `magnet:${btihToHex(entry.hash)}` : entry.link;
}

/** Asks /link/infos for names and sizes, all links in one call; per-link errors shown on each. */
async function checkInfos(items: LinkItem[]): Promise<void> {
  if (items.length === 0) return;
  for (const item of items) update(item.key, { step: "checking" });
  try {
    const { infos } = await callApi("/v4.1/link/infos", { "link[]": items.map((item) => item.link) });
    items.forEach((item, index) => {
      const info = infos.find((entry) => entry.link === item.link) ?? infos[index];
      // An unlock may have started meanwhile: the preview then only adds what it knows.
      const checking = find(item.key)?.step === "checking";
      if (!info) {
        if (checking) update(item.key, { step: "new" });
      } else if (!isItemError(info)) {
        // The service knows the link even when the device's catalogue did not.
        const guess = info.host === "stream" ? "stream" : "host";
        const kind = item.kind === "unsupported" || item.kind === "unknown" ? guess : item.kind;
        const preview = { kind, name: info.filename, size: info.size, service: item.service ?? info.host };
        update(item.key, checking ? { ...preview, step: "new" } : preview);
      } else if (checking) {
        // (Otherwise the unlock in flight will tell.)
        if (info.error.code === "LINK_PASS_PROTECTED") update(item.key, { step: "password" });
        else update(item.key, { step: "failed", error: info.error });
      }
    });
  } catch {
    // The preview is a nicety: without it the links can still be unlocked.
    for (const item of items) if (find(item.key)?.step === "checking") update(item.key, { step: "new" });
  }
}

async function expandRedirector(key: string): Promise<void> {
  const item = find(key);
  if (!item) return;
  update(key, { step: "working", error: undefined });
  try {
    const { links: found } = await callApi("/v4.1/link/redirector", { link: item.link });
    update(key, { step: "expanded", found: found.length });
    await addText(found.join("\n"), item.link);
  } catch (error) {
    update(key, { step: "failed", error: failure(error) });
  }
}

/** Unlocks a link (with a password when the host asked for one); offline, it waits in the outbox. */
async function unlock(key: string, password?: string): Promise<void> {
  const item = find(key);
  if (!item) return;
  update(key, { step: "working", error: undefined });
  try {
    const unlocked = await unlockOrQueue(item.link, { password, bestQuality: item.bestQuality });
    if (unlocked.step === "queued") return update(key, { step: "queued", outboxEntry: unlocked.entry, password });
    show(key, unlocked);
  } catch (error) {
    unlockFailed(key, error, password);
  }
}

function unlockFailed(key: string, error: unknown, password: string | undefined): void {
  if (error instanceof AllDebridError && error.code === "LINK_PASS_PROTECTED") {
    update(key, { step: "password", wrongPassword: password !== undefined });
  } else {
    update(key, { step: "failed", error: failure(error) });
  }
}

/**
 * An unlock that waited in the outbox was answered (or refused, or the entry is gone): the card
 * shows what came of it, and the entry, its job done, leaves the outbox.
 */
function pickUpQueued(entries: readonly OutboxEntry[]): void {
  for (const item of state.items) {
    if (item.step !== "queued" || item.outboxEntry === undefined) continue;
    const entry = entries.find((candidate) => candidate.id === item.outboxEntry);
    const { key, password } = item;
    if (entry && entry.state !== "sent" && entry.state !== "failed") continue;
    // The password was only kept for this answer.
    update(key, { outboxEntry: undefined, password: undefined });
    if (!entry) {
      // Removed from the outbox, or forgotten after a day: the link can be unlocked again.
      update(key, { step: "new" });
    } else if (entry.state === "sent") {
      update(key, { step: "working" });
      readUnlock(entry.answer as UnlockData, { bestQuality: find(key)?.bestQuality }).then(
        (unlocked) => show(key, unlocked),
        (error: unknown) => unlockFailed(key, error, password),
      );
      void removeEntry(entry.id!);
    } else if (entry.state === "failed") {
      // Cut off mid-send: nothing is known, so the link is offered again.
      if (entry.error === "INTERRUPTED") update(key, { step: "new" });
      else unlockFailed(key, new AllDebridError(entry.error ?? "GENERIC"), password);
      void removeEntry(entry.id!);
    }
  }
}

/**
 * A link shared to the app and unlocked from the Share screen: it joins this list (or is found
 * in it) and is unlocked here (a stream in its best quality, asking nothing), so its countdown
 * and result are the Links screen's own, and it stays among the recent results. Resolves with
 * its key at once.
 */
async function unlockShared(shared: Pick<DetectedLink, "link" | "kind" | "service" | "up">): Promise<string> {
  await restoring;
  const existing = state.items.find((item) => item.link === shared.link);
  if (existing) {
    if (existing.step === "new" || existing.step === "failed") {
      update(existing.key, { bestQuality: true });
      void unlock(existing.key);
    }
    return existing.key;
  }
  // A share's default action asks nothing: a stream comes in its best quality (docs/share.md).
  const item: LinkItem = { ...shared, key: newKey(), step: "new", addedAt: Date.now(), bestQuality: true };
  setState({ items: [item, ...state.items], restoredFrom: null });
  persist();
  void unlock(item.key);
  return item.key;
}

/** Asks for the chosen quality of a stream: a link, or a delayed link to follow. */
async function chooseStream(key: string, streamId: string): Promise<void> {
  const generation = find(key)?.generation;
  if (!generation) return;
  update(key, { step: "working", error: undefined });
  try {
    show(key, await chooseStreamOf(generation, streamId));
  } catch (error) {
    update(key, { step: "failed", error: failure(error) });
  }
}

/** Where an unlock led: a download link, a quality to choose, or a delayed link to wait for. */
function show(key: string, unlocked: Unlocked): void {
  const known = find(key);
  const file = { name: unlocked.filename || known?.name, size: unlocked.size || known?.size, wrongPassword: false };
  if (unlocked.step === "ready") {
    const result = { link: unlocked.link, filename: unlocked.filename, size: unlocked.size };
    update(key, { ...file, step: "unlocked", result });
  } else if (unlocked.step === "quality") {
    update(key, { ...file, step: "quality", streams: unlocked.streams, generation: unlocked.generation });
  } else {
    update(key, { ...file, step: "delayed", delayedId: unlocked.delayedId, readyAt: undefined });
    void followItem(key, unlocked.delayedId);
  }
}

/** Items whose delayed link is being waited for, and how to stop waiting when they leave the list. */
const following = new Map<string, AbortController>();

/** Waits for an item's delayed link, once per item, showing the time left on the way. */
async function followItem(key: string, delayedId: number): Promise<void> {
  if (following.has(key)) return;
  const stop = new AbortController();
  following.set(key, stop);
  const onWait = (secondsLeft: number | null) =>
    update(key, { readyAt: secondsLeft === null ? undefined : Date.now() + secondsLeft * 1000 });
  try {
    const link = await followDelayed(delayedId, { signal: stop.signal, onWait });
    const item = find(key);
    const filename = item?.name ?? link.split("/").pop() ?? "";
    update(key, { step: "unlocked", result: { link, filename, size: item?.size ?? 0 } });
  } catch (error) {
    if (!stop.signal.aborted) update(key, { step: "failed", error: failure(error) });
  } finally {
    following.delete(key);
  }
}

/** Stops waiting for the delayed links of items that leave the list. */
function stopFollowing(keys: Iterable<string>): void {
  for (const key of keys) following.get(key)?.abort();
}

/** Sends a magnet or hash found in the text to the magnets (from the outbox when offline). */
async function addAsMagnet(key: string): Promise<void> {
  const item = find(key);
  if (!item) return;
  update(key, { step: "working", error: undefined });
  const [added] = await addMagnets([item.link]);
  if (!added?.ok) return update(key, { step: "failed", error: failure(added?.error) });
  if (added.queued) return update(key, { step: "magnetQueued" });
  const { name, size } = added.magnet;
  update(key, { step: "magnetAdded", magnetName: name, name, size });
}

/** Saves the original link to the account (queued in the outbox when offline); throws why it was refused. */
async function saveLink(key: string): Promise<"saved" | "queued"> {
  const item = find(key);
  if (!item) return "saved";
  const outcome = await saveToAccount(item.link);
  update(key, outcome === "saved" ? { saved: true } : { saveQueued: true });
  return outcome;
}

/** Lists one link (if it is not listed yet) and unlocks it: "Unlock" from the saved links. */
async function unlockNow(link: string): Promise<void> {
  await addText(link);
  const item = state.items.find((candidate) => candidate.link === link.trim());
  if (!item || item.step === "working") return;
  if (item.kind === "redirector") return expandRedirector(item.key);
  if (item.kind === "magnet") return addAsMagnet(item.key);
  await unlock(item.key);
}

/** Starts the next step that needs no choice from the user, for every link that can take one. */
async function unlockAll(): Promise<void> {
  await unlockInTurn(state.items.filter((item) => item.step === "new" && canUnlock(item)));
}

function removeLink(key: string): void {
  stopFollowing([key]);
  setState("items", (items) => items.filter((item) => item.key !== key));
  persist();
}

/** Forgets the list in memory (the account left); the device copy is wiped by signOut. */
function reset(): void {
  stopFollowing(following.keys());
  clearTimeout(persistTimer);
  persistTimer = undefined;
  setState({ items: [], restoredFrom: null });
}

function clearLinks(): void {
  stopFollowing(following.keys());
  setState({ items: [], restoredFrom: null });
  persist();
}

/** Adds the links of a text and unlocks them at once, as a paste or the Unlock button does. */
function unlockText(text: string): Promise<number> {
  return addText(text, undefined, { unlock: true });
}

const actions = {
  addText,
  unlockText,
  expandRedirector,
  unlock,
  unlockShared,
  chooseStream,
  addAsMagnet,
  saveLink,
  unlockNow,
  unlockAll,
  removeLink,
  clearLinks,
};

export type LinksActions = typeof actions;

export const sharedLinksStore = perAccount(() => {
  // Once the outbox is read: an unlock queued here may have been answered while the app was closed.
  createEffect(() => {
    if (outboxLoaded()) pickUpQueued(outboxEntries());
  });
  return {
    state,
    actions,
    start() {
      restoring = restore();
    },
    reset,
  };
});
