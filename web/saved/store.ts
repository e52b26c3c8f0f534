// Saved links (/v4/user/links) and recent history (/v4/user/history): the last state kept on
// the device for offline, deletes applied at once and rolled back when the service refuses,
// and writes queued in the outbox while offline.
import { createSignal } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import type { SavedLink } from "../../protocol/alldebrid";
import { saveLinks as saveToAccount, sendOrQueue } from "../alldebrid";
import { callApi } from "../api/client";
import { loadSnapshot, saveSnapshot } from "../offline/db";
import { apikey } from "../session/session";

interface SavedState {
  saved: SavedLink[];
  history: SavedLink[];
}

const [state, setState] = createStore<SavedState>({ saved: [], history: [] });
const [savedAt, setSavedAt] = createSignal<number | undefined>(undefined);
const [loading, setLoading] = createSignal(false);
const [loadError, setLoadError] = createSignal<unknown>(null);

export { loadError, loading, savedAt, state as savedLinks };

/** The apikey the lists belong to: they are never shown to another account. */
let owner: string | null = null;

/** Forgets the lists in memory (signing out); the device copy is wiped by the session. */
export function resetSaved(): void {
  setState({ saved: [], history: [] });
  setSavedAt(undefined);
  setLoadError(null);
}

async function remember(): Promise<void> {
  setSavedAt(Date.now());
  // IndexedDB cannot clone the store's proxies: save the plain values underneath.
  const plain = unwrap(state);
  await saveSnapshot("saved", { saved: [...plain.saved], history: [...plain.history] } satisfies SavedState);
}

/** Shows the last known lists at once, then asks for fresh ones. */
export async function loadSaved(): Promise<void> {
  if (owner !== null && owner !== apikey()) resetSaved();
  owner = apikey();
  if (!savedAt()) {
    const snapshot = await loadSnapshot<SavedState>("saved").catch(() => undefined);
    if (snapshot && !savedAt()) {
      setState({ saved: snapshot.value.saved ?? [], history: snapshot.value.history ?? [] });
      setSavedAt(snapshot.savedAt);
    }
  }
  await refreshSaved();
}

export async function refreshSaved(): Promise<void> {
  setLoading(true);
  setLoadError(null);
  try {
    const [saved, history] = await Promise.all([callApi("/v4/user/links"), callApi("/v4/user/history")]);
    setState("saved", reconcile(saved.links, { key: "link" }));
    // History may hold one link several times: keyed by position, not by link.
    setState("history", reconcile(history.links));
    await remember();
  } catch (error) {
    setLoadError(error);
  } finally {
    setLoading(false);
  }
}

/** Saves links to the account; returns "queued" when offline (sent later by the outbox). */
export async function saveLinks(links: string[]): Promise<"saved" | "queued"> {
  if ((await saveToAccount(links)).queued) return "queued";
  await refreshSaved();
  return "saved";
}

/** Deletes saved links: gone from the list at once, back if the service refuses. */
export async function deleteSaved(links: string[]): Promise<"deleted" | "queued"> {
  const before = state.saved;
  const gone = new Set(links);
  setState("saved", (saved) => saved.filter((link) => !gone.has(link.link)));
  try {
    const sent = await sendOrQueue("/v4/user/links/delete", { "links[]": links });
    await remember();
    return sent.queued ? "queued" : "deleted";
  } catch (error) {
    setState("saved", before);
    throw error;
  }
}

/** Empties the recent history. */
export async function purgeHistory(): Promise<"deleted" | "queued"> {
  const before = state.history;
  setState("history", []);
  try {
    const sent = await sendOrQueue("/v4/user/history/delete", {});
    await remember();
    return sent.queued ? "queued" : "deleted";
  } catch (error) {
    setState("history", before);
    throw error;
  }
}
