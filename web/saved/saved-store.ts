// The Saved store: the account's saved links (/v4.1/user/links) and recent history
// (/v4.1/user/history), shown at once from the device's copy and refreshed from AllDebrid;
// deletes show at once and come back when the service refuses; writes wait in the outbox while
// offline. Made per account (web/app/store-context.tsx).
import { batch } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import type { SavedLink } from "../../protocol/alldebrid";
import { type SaveOutcome, saveLinks as saveToAccount, sendOrQueue } from "../alldebrid";
import { callApi } from "../api/client";
import type { Account, Store } from "../app/store-context";
import { deviceCopy } from "../offline/device-copy";
import { type Freshness, NOT_LOADED, refreshing } from "../offline/freshness";

interface SavedLists {
  saved: SavedLink[];
  history: SavedLink[];
}

export type SavedState = SavedLists & Freshness;

export function createSavedStore(_account: Account) {
  const [state, setState] = createStore<SavedState>({ saved: [], history: [], ...NOT_LOADED });
  const copy = deviceCopy<SavedLists>("saved", () => {
    const { saved, history } = unwrap(state);
    return { saved, history };
  });
  void copy.read().then((kept) => {
    // Fresher lists may have arrived while the device was read.
    if (!kept || state.savedAt !== undefined) return;
    setState({ saved: kept.value.saved ?? [], history: kept.value.history ?? [], savedAt: kept.savedAt });
  });

  async function remember(): Promise<void> {
    setState("savedAt", Date.now());
    await copy.save();
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

  /** Empties a list at once (all of it, or the links given), sends the delete, and puts the list back if refused. */
  async function deleteFrom(
    which: keyof SavedLists,
    keep: (link: SavedLink) => boolean,
    send: () => ReturnType<typeof sendOrQueue>,
  ): Promise<"deleted" | "queued"> {
    const before = state[which];
    setState(which, (links) => links.filter(keep));
    try {
      const sent = await send();
      await remember();
      return sent.queued ? "queued" : "deleted";
    } catch (error) {
      setState(which, before);
      throw error;
    }
  }

  const actions = {
    refresh,
    saveLinks,
    /** Deletes saved links: gone from the list at once, back if the service refuses. */
    deleteSaved: (links: string[]) =>
      deleteFrom(
        "saved",
        (link) => !links.includes(link.link),
        () => sendOrQueue("/v4.1/user/links/delete", { "links[]": links }),
      ),
    /** Empties the recent history: at once, back if the service refuses. */
    purgeHistory: () =>
      deleteFrom(
        "history",
        () => false,
        () => sendOrQueue("/v4.1/user/history/delete", {}),
      ),
  };
  return [state, actions] as const satisfies Store<SavedState, unknown>;
}
