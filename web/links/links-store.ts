// The Links store: the pasted links (and those unlocked from the Share screen), each followed
// from recognition to a download link (steps.ts; an unlock asked offline waits in the outbox
// and its answer is picked up from there), and the last results kept on the device so the
// screen shows them offline with their age. Made per account (web/app/store-context.tsx):
// delayed links are followed as long as the account is signed in, whichever screen is open.
import { batch, createEffect, onCleanup } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import type { Account, Store } from "../app/store-context";
import type { DetectedLink } from "../hosts/detect";
import { type DeviceCopy, deviceCopy } from "../offline/device-copy";
import { outboxEntries, outboxLoaded, removeEntry } from "../offline/outbox";
import type { OutboxEntry } from "../offline/schema";
import type { LinkItem } from "./items";
import { type LinksList, type LinksState, newKey, stopFollowing, updateItem } from "./list";
import {
  addAsMagnet,
  addText,
  canUnlock,
  chooseStream,
  expandRedirector,
  followItem,
  readQueued,
  saveLink,
  unlock,
  unlockInTurn,
} from "./steps";

/** Many changes in a row (a countdown, a batch of previews) are saved to the device once. */
const SAVE_DELAY_MS = 300;

export function createLinksStore(_account: Account) {
  const [state, setState] = createStore<LinksState>({ items: [], restoredFrom: null });
  const copy = deviceCopy<LinkItem[]>("links", () => unwrap(state.items), SAVE_DELAY_MS);
  const list: LinksList = {
    state,
    setState,
    saveSoon: copy.saveSoon,
    restoring: Promise.resolve(),
    following: new Map(),
  };
  list.restoring = restore(list, copy);
  onCleanup(() => stopFollowing(list, list.following.keys()));
  // Once the outbox is read: an unlock queued here may have been answered while the app was closed.
  createEffect(() => {
    if (outboxLoaded()) pickUpQueued(list, outboxEntries());
  });

  const actions = {
    addText: (text: string) => addText(list, text),
    /** Adds the links of a text and unlocks them at once, as a paste or the Unlock button does. */
    unlockText: (text: string) => addText(list, text, undefined, { unlock: true }),
    expandRedirector: (key: string) => expandRedirector(list, key),
    unlock: (key: string, password?: string) => unlock(list, key, password),
    unlockShared: (shared: SharedLink) => unlockShared(list, shared),
    chooseStream: (key: string, streamId: string) => chooseStream(list, key, streamId),
    addAsMagnet: (key: string) => addAsMagnet(list, key),
    saveLink: (key: string) => saveLink(list, key),
    unlockNow: (link: string) => unlockNow(list, link),
    unlockAll: () => unlockAll(list),
    removeLink: (key: string) => removeLinks(list, (item) => item.key === key),
    clearLinks: () => {
      removeLinks(list, () => true);
      setState("restoredFrom", null);
    },
  };
  return [state, actions] as const satisfies Store<LinksState, unknown>;
}

/** Shows the last list from the device, once, when this session has none yet. */
async function restore(list: LinksList, copy: DeviceCopy<LinkItem[]>): Promise<void> {
  const saved = await copy.read();
  if (!saved || list.state.items.length > 0) return;
  // A call that was in flight when the app closed is simply offered again.
  const items = saved.value.map((item): LinkItem => {
    if (item.step === "checking" || item.step === "working") return { ...item, step: "new" };
    return item;
  });
  batch(() => {
    list.setState("items", reconcile(items, { key: "key" }));
    list.setState("restoredFrom", saved.savedAt);
  });
  for (const item of items)
    if (item.step === "delayed" && item.delayedId) void followItem(list, item.key, item.delayedId);
}

/** Unlocks that waited in the outbox and were answered (or refused, or are gone): each card shows what came of it. */
function pickUpQueued(list: LinksList, entries: readonly OutboxEntry[]): void {
  for (const item of list.state.items) {
    if (item.step !== "queued" || item.outboxEntry === undefined) continue;
    const entry = entries.find((candidate) => candidate.id === item.outboxEntry);
    if (entry && entry.state !== "sent" && entry.state !== "failed") continue;
    const done = readQueued(list, item, entry);
    if (done !== undefined) void removeEntry(done);
  }
}

type SharedLink = Pick<DetectedLink, "link" | "kind" | "service" | "up">;

/**
 * A link shared to the app and unlocked from the Share screen: it joins this list (or is found
 * in it) and is unlocked here (a stream in its best quality, asking nothing), so its countdown
 * and result are the Links screen's own, and it stays among the recent results. Resolves with
 * its key at once.
 */
async function unlockShared(list: LinksList, shared: SharedLink): Promise<string> {
  await list.restoring;
  const existing = list.state.items.find((item) => item.link === shared.link);
  if (existing) {
    if (existing.step === "new" || existing.step === "failed") {
      updateItem(list, existing.key, { bestQuality: true });
      void unlock(list, existing.key);
    }
    return existing.key;
  }
  // A share's default action asks nothing: a stream comes in its best quality (docs/share.md).
  const item: LinkItem = { ...shared, key: newKey(), step: "new", addedAt: Date.now(), bestQuality: true };
  list.setState({ items: [item, ...list.state.items], restoredFrom: null });
  list.saveSoon();
  void unlock(list, item.key);
  return item.key;
}

/** Lists one link (if it is not listed yet) and unlocks it: "Unlock" from the saved links. */
async function unlockNow(list: LinksList, link: string): Promise<void> {
  await addText(list, link);
  const item = list.state.items.find((candidate) => candidate.link === link.trim());
  if (!item || item.step === "working") return;
  if (item.kind === "redirector") return expandRedirector(list, item.key);
  if (item.kind === "magnet") return addAsMagnet(list, item.key);
  await unlock(list, item.key);
}

/** Starts the next step that needs no choice from the user, for every link that can take one. */
async function unlockAll(list: LinksList): Promise<void> {
  await unlockInTurn(
    list,
    list.state.items.filter((item) => item.step === "new" && canUnlock(item)),
  );
}

function removeLinks(list: LinksList, gone: (item: LinkItem) => boolean): void {
  const keys = list.state.items.filter(gone).map((item) => item.key);
  stopFollowing(list, keys);
  const removed = new Set(keys);
  list.setState({ items: list.state.items.filter((item) => !removed.has(item.key)) });
  list.saveSoon();
}
