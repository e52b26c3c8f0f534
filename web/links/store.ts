// The Links screen's state and actions: the pasted links, each followed from recognition to a
// download link (infos, redirector, unlock, password, stream quality, delayed polling), and
// the last results kept on the device so the screen shows them offline with their age.
import { createSignal } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import { AllDebridError, DELAYED_STATUS, isItemError, type UnlockData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { hostsCatalogue, loadHosts } from "../hosts/catalogue";
import { detectLinks } from "../hosts/detect";
import { loadSnapshot, saveSnapshot } from "../offline/db";
import { enqueue } from "../offline/outbox";
import { apikey } from "../session/session";
import type { ItemErrorInfo, LinkItem } from "./items";

/** AllDebrid asks for delayed links to be polled every 5 seconds or more. */
export const DELAYED_POLL_MS = 5000;

const [state, setState] = createStore<{ items: LinkItem[] }>({ items: [] });
/** When the list shown was last saved, when it came from the device rather than this session. */
const [restoredFrom, setRestoredFrom] = createSignal<number | null>(null);

export const links = state;
export { restoredFrom };

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
  if (error instanceof AllDebridError) return { code: error.code, message: error.message };
  return { code: "NO_NETWORK", message: String(error) };
}

let persistTimer: ReturnType<typeof setTimeout> | undefined;

/** Saves the list shortly after it changes (many changes in a row are saved once). */
function persist(): void {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => void saveSnapshot("links", structuredClone(unwrap(state.items))), 300);
}

/** The apikey the list belongs to: a list is never shown to another account. */
let owner: string | null = null;

/** Shows the last list from the device, once, when this session has none yet. */
export async function restoreLinks(): Promise<void> {
  if (owner !== null && owner !== apikey()) resetLinks();
  owner = apikey();
  if (state.items.length > 0) return;
  const saved = await loadSnapshot<LinkItem[]>("links").catch(() => undefined);
  if (!saved || state.items.length > 0) return;
  // A call that was in flight when the app closed is simply offered again.
  const items = saved.value.map((item): LinkItem => {
    if (item.step === "checking" || item.step === "working") return { ...item, step: "new" };
    return item;
  });
  setState("items", reconcile(items, { key: "key" }));
  setRestoredFrom(saved.savedAt);
  for (const item of items) if (item.step === "delayed" && item.delayedId) void followDelayed(item.key, item.delayedId);
}

/** Adds every link found in a text (each once); returns how many were new. */
export async function addText(text: string, from?: string): Promise<number> {
  // Recognising needs the catalogue: wait for it when it is not on the device yet.
  if (!hostsCatalogue()) await loadHosts().catch(() => null);
  owner ??= apikey();
  const known = new Set(state.items.map((item) => item.link));
  const fresh: LinkItem[] = [];
  for (const detected of detectLinks(text, hostsCatalogue())) {
    if (known.has(detected.link)) continue;
    known.add(detected.link);
    // A redirector's links are AllDebrid's own virtual links: unlockable though no host matches.
    const kind = from && (detected.kind === "unsupported" || detected.kind === "unknown") ? "host" : detected.kind;
    fresh.push({ ...detected, kind, from, key: newKey(), step: "new", addedAt: Date.now() });
  }
  if (fresh.length === 0) return 0;
  setState("items", (items) => [...fresh, ...items]);
  setRestoredFrom(null);
  persist();
  void checkInfos(fresh.filter((item) => item.kind !== "magnet" && item.kind !== "redirector"));
  for (const item of fresh) if (item.kind === "redirector") void expandRedirector(item.key);
  return fresh.length;
}

/** Asks /link/infos for names and sizes, all links in one call; per-link errors shown on each. */
async function checkInfos(items: LinkItem[]): Promise<void> {
  if (items.length === 0) return;
  for (const item of items) update(item.key, { step: "checking" });
  try {
    const { infos } = await callApi("/v4/link/infos", { "link[]": items.map((item) => item.link) });
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

export async function expandRedirector(key: string): Promise<void> {
  const item = find(key);
  if (!item) return;
  update(key, { step: "working", error: undefined });
  try {
    const { links: found } = await callApi("/v4/link/redirector", { link: item.link });
    update(key, { step: "expanded", found: found.length });
    await addText(found.join("\n"), item.link);
  } catch (error) {
    update(key, { step: "failed", error: failure(error) });
  }
}

/** Unlocks a link (with a password when the host asked for one). */
export async function unlock(key: string, password?: string): Promise<void> {
  const item = find(key);
  if (!item) return;
  update(key, { step: "working", error: undefined });
  try {
    const params = password === undefined ? { link: item.link } : { link: item.link, password };
    const data = await callApi("/v4/link/unlock", params);
    applyUnlock(key, data);
  } catch (error) {
    if (error instanceof AllDebridError && error.code === "LINK_PASS_PROTECTED")
      return update(key, { step: "password", wrongPassword: password !== undefined });
    update(key, { step: "failed", error: failure(error) });
  }
}

function applyUnlock(key: string, data: UnlockData): void {
  const name = data.filename || find(key)?.name;
  const common = { name, size: data.filesize || find(key)?.size, wrongPassword: false, generation: data.id };
  if (data.delayed) {
    update(key, { ...common, step: "delayed", delayedId: data.delayed, readyAt: undefined });
    void followDelayed(key, data.delayed);
  } else if (data.streams && data.streams.length > 1) {
    update(key, { ...common, step: "quality", streams: data.streams });
  } else if (!data.link && data.streams?.length === 1) {
    void chooseStream(key, data.streams[0]!.id, data.id);
  } else {
    update(key, {
      ...common,
      step: "unlocked",
      result: { link: data.link, filename: data.filename, size: data.filesize },
    });
  }
}

/** Asks for the chosen quality of a stream: a link, or a delayed id to follow. */
export async function chooseStream(key: string, streamId: string, generation = find(key)?.generation): Promise<void> {
  if (!generation) return;
  update(key, { step: "working", error: undefined });
  try {
    const data = await callApi("/v4/link/streaming", { id: generation, stream: streamId });
    if (data.link) {
      update(key, {
        step: "unlocked",
        name: data.filename,
        size: data.filesize,
        result: { link: data.link, filename: data.filename, size: data.filesize },
      });
    } else if (data.delayed) {
      update(key, { step: "delayed", name: data.filename, size: data.filesize, delayedId: data.delayed });
      void followDelayed(key, data.delayed);
    } else {
      update(key, { step: "failed", error: { code: "LINK_ERROR", message: "" } });
    }
  } catch (error) {
    update(key, { step: "failed", error: failure(error) });
  }
}

const following = new Set<number>();

/** Polls a delayed link every 5 s until it is ready or failed; one loop per delayed id. */
async function followDelayed(key: string, delayedId: number): Promise<void> {
  if (following.has(delayedId)) return;
  following.add(delayedId);
  try {
    for (let misses = 0; ; ) {
      const item = find(key);
      if (item?.step !== "delayed" || item.delayedId !== delayedId) return;
      try {
        const data = await callApi("/v4/link/delayed", { id: delayedId });
        misses = 0;
        if (data.status === DELAYED_STATUS.ready && data.link) {
          const filename = item.name ?? data.link.split("/").pop() ?? "";
          return update(key, { step: "unlocked", result: { link: data.link, filename, size: item.size ?? 0 } });
        }
        if (data.status === DELAYED_STATUS.error)
          return update(key, { step: "failed", error: { code: "DELAYED_FAILED", message: "" } });
        update(key, { readyAt: Date.now() + data.time_left * 1000 });
      } catch (error) {
        // A lost connection is waited out; an error from the service ends the wait.
        if (error instanceof AllDebridError && error.code !== "UPSTREAM_UNAVAILABLE")
          return update(key, { step: "failed", error: failure(error) });
        misses++;
      }
      await new Promise((resolve) => setTimeout(resolve, DELAYED_POLL_MS * Math.min(1 + misses, 6)));
    }
  } finally {
    following.delete(delayedId);
  }
}

/** Sends a magnet or hash found in the text to the magnets. */
export async function addAsMagnet(key: string): Promise<void> {
  const item = find(key);
  if (!item) return;
  update(key, { step: "working", error: undefined });
  try {
    const { magnets } = await callApi("/v4/magnet/upload", { "magnets[]": [item.link] });
    const added = magnets[0];
    if (!added) return update(key, { step: "failed", error: { code: "MAGNET_UPLOAD_FAILED", message: "" } });
    if (isItemError(added)) return update(key, { step: "failed", error: added.error });
    update(key, { step: "magnetAdded", magnetName: added.name, name: added.name, size: added.size });
  } catch (error) {
    update(key, { step: "failed", error: failure(error) });
  }
}

/** Saves the original link to the account (queued in the outbox when offline). */
export async function saveLink(key: string): Promise<"saved" | "queued"> {
  const item = find(key);
  if (!item) return "saved";
  if (!navigator.onLine) {
    await enqueue(`Save link ${item.name ?? item.link}`, "/v4/user/links/save", { "links[]": [item.link] });
    update(key, { saved: true });
    return "queued";
  }
  await callApi("/v4/user/links/save", { "links[]": [item.link] });
  update(key, { saved: true });
  return "saved";
}

/** Lists one link (if it is not listed yet) and unlocks it: "Unlock" from the saved links. */
export async function unlockNow(link: string): Promise<void> {
  await addText(link);
  const item = state.items.find((candidate) => candidate.link === link.trim());
  if (!item || item.step === "working") return;
  if (item.kind === "redirector") return expandRedirector(item.key);
  if (item.kind === "magnet") return addAsMagnet(item.key);
  await unlock(item.key);
}

/** Starts the next step that needs no choice from the user, for every link that can take one. */
export async function unlockAll(): Promise<void> {
  for (const item of [...state.items]) {
    if (item.step !== "new" || item.kind === "magnet" || item.kind === "redirector" || item.kind === "unsupported")
      continue;
    await unlock(item.key);
  }
}

export function removeLink(key: string): void {
  setState("items", (items) => items.filter((item) => item.key !== key));
  persist();
}

/** Forgets the list in memory (signing out); the device copy is wiped by the session. */
export function resetLinks(): void {
  clearTimeout(persistTimer);
  setState("items", []);
  setRestoredFrom(null);
}

export function clearLinks(): void {
  setState("items", []);
  setRestoredFrom(null);
  persist();
}
