// The Saved screen's store: the account's saved links (/v4.1/user/links) and recent history
// (/v4.1/user/history), shown at once from the device's copy and refreshed from AllDebrid; deletes
// show at once and come back when the service refuses; writes wait in the outbox while offline.
// Reached through useSaved() (context.tsx); it belongs to the signed-in account (perAccount).
import { batch } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import type { SavedLink } from "../../protocol/alldebrid";
import { type SaveOutcome, saveLinks as saveToAccount, sendOrQueue } from "../alldebrid";
import { callApi } from "../api/client";
import { loadSnapshot, saveSnapshot } from "../offline/db";
import { type Freshness, NOT_LOADED, refreshing } from "../offline/freshness";
import { perAccount } from "../session/per-account";

interface SavedLists {
  saved: SavedLink[];
  history: SavedLink[];
}

export type SavedState = SavedLists & Freshness;

const [state, setState] = createStore<SavedState>({ saved: [], history: [], ...NOT_LOADED });

/** Shows the lists the device kept, unless fresher ones arrived while it was read. */
async function showDeviceCopy(): Promise<void> {
  const copy = await loadSnapshot<SavedLists>("saved").catch(() => undefined);
  if (!copy || state.savedAt !== undefined) return;
  setState({ saved: copy.value.saved ?? [], history: copy.value.history ?? [], savedAt: copy.savedAt });
}

async function remember(): Promise<void> {
  setState("savedAt", Date.now());
  // IndexedDB cannot clone the store's proxies: save the plain values underneath.
  const plain = unwrap(state);
  await saveSnapshot("saved", { saved: [...plain.saved], history: [...plain.history] } satisfies SavedLists);
}

function refresh(): Promise<void> {
  return refreshing(setState, async () => {
    const [saved, history] = await Promise.all([callApi("/v4.1/user/links"), callApi("/v4.1/user/history")]);
    batch(() => {
      setState("saved", reconcile(saved.links, { key: "link" }));
      // History may hold one link several times: keyed by position, not by link.
      setState("history", reconcile(history.links));
    });
    await remember();
  });
}

/** Saves links to the account: the good ones of a batch, with why the others were refused; or queued. */
async function saveLinks(links: string[]): Promise<SaveOutcome> {
  const outcome = await saveToAccount(links);
  if (!outcome.queued && outcome.saved.length > 0) await refresh();
  return outcome;
}

/** Deletes saved links: gone from the list at once, back if the service refuses. */
async function deleteSaved(links: string[]): Promise<"deleted" | "queued"> {
  const before = state.saved;
  const gone = new Set(links);
  setState("saved", (saved) => saved.filter((link) => !gone.has(link.link)));
  try {
    const sent = await sendOrQueue("/v4.1/user/links/delete", { "links[]": links });
    await remember();
    return sent.queued ? "queued" : "deleted";
  } catch (error) {
    setState("saved", before);
    throw error;
  }
}

/** Empties the recent history: at once, back if the service refuses. */
async function purgeHistory(): Promise<"deleted" | "queued"> {
  const before = state.history;
  setState("history", []);
  try {
    const sent = await sendOrQueue("/v4.1/user/history/delete", {});
    await remember();
    return sent.queued ? "queued" : "deleted";
  } catch (error) {
    setState("history", before);
    throw error;
  }
}

const actions = { refresh, saveLinks, deleteSaved, purgeHistory };

export type SavedActions = typeof actions;

export const sharedSavedStore = perAccount(() => ({
  state,
  actions,
  start: () => void showDeviceCopy(),
  reset: () => setState({ saved: [], history: [], ...NOT_LOADED }),
}));
