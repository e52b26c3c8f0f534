// The magnets store: one Solid store fed by the live socket (snapshot, then patches; see
// live-apply.ts), shown at once from the device's copy, and saved again after each change.
// Write actions (add, delete, restart) live in magnet-writes.ts and update it optimistically.
// It belongs to the signed-in account (perAccount): the socket follows the account.
import { batch, createEffect } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import type { MagnetsSnapshot, ServerMessage } from "../../protocol/live";
import { loadSnapshot, saveSnapshot } from "../offline/db";
import { outboxEntries, outboxLoaded } from "../offline/outbox";
import { perAccount } from "../session/per-account";
import { apikey } from "../session/session";
import { applyPatch, applySnapshot, type LiveTarget, removeShown } from "./live-apply";
import { connectLive, type LiveConnection, type LiveState } from "./live-connection";
import { showSentUploads } from "./pending-adds";
import { initialMagnetsState, type MagnetsState } from "./state";

/** Patches come often: they are saved together, at most once per this delay. */
const SAVE_DELAY_MS = 1_000;

export function createMagnetsStore() {
  const [state, setState] = createStore<MagnetsState>(initialMagnetsState());
  /** Magnets being deleted: a snapshot or patch racing the delete must not bring them back. */
  const deleting = new Set<number>();
  const target: LiveTarget = { state, setState, deleting };
  const save = deviceCopy(() => ({ version: state.version, magnets: unwrap(state.magnets) }));
  let connection: LiveConnection | null = null;

  function onMessage(message: ServerMessage): void {
    if (message.type === "snapshot") {
      applySnapshot(target, message.version, message.magnets);
      save.now();
    } else if (message.type === "patch") {
      // A gap: ask for what changed since the version held instead of guessing.
      if (message.from !== state.version) connection?.resync();
      else {
        applyPatch(target, message.to, message.changes, message.removed);
        if (message.changes.length || message.removed.length) save.soon();
      }
    } else if (message.type === "error") {
      setState("serverNotice", { code: message.code, message: message.message });
    }
  }

  async function showSaved(): Promise<void> {
    const saved = await loadSnapshot<MagnetsSnapshot>("magnets");
    // The socket may have answered while IndexedDB was read: newer data wins.
    if (!saved || state.updatedAt !== null) return;
    batch(() => {
      setState("magnets", reconcile(saved.value.magnets, { key: "id" }));
      setState({ version: saved.value.version, updatedAt: saved.savedAt, fromDevice: true });
    });
  }

  function start(key: string): void {
    void showSaved().finally(() => {
      if (apikey() !== key || connection) return;
      const onState = (live: LiveState) => setState("live", live);
      connection = connectLive({ apikey: key, version: () => state.version, onMessage, onState });
    });
  }

  function reset(): void {
    connection?.stop();
    connection = null;
    save.cancel();
    setState(initialMagnetsState());
  }

  // An add queued offline and sent by the outbox shows at once from its answer. Entries already
  // sent when the app opened are old news: the live list knows better what became of them.
  let sentBefore: Set<number> | null = null;
  createEffect(() => {
    if (!outboxLoaded()) return;
    const entries = outboxEntries();
    sentBefore ??= new Set(entries.filter((e) => e.state === "sent").map((e) => e.id!));
    showSentUploads(target, entries, sentBefore);
  });

  const actions = {
    target,
    retryNow: () => connection?.retryNow(),
    /** For magnet-writes.ts: the setter and the list of ids being deleted. */
    setState,
    deleting,
    removeShown: (ids: readonly number[]) => removeShown(target, ids),
    scheduleSave: save.soon,
    /** Exposed for tests and the benchmark of rendering: what a socket message does. */
    applyMessage: onMessage,
  };

  return { state, actions, start, reset };
}

/**
 * Saving the list to the device: now (a snapshot), or soon (patches, together), and at once
 * when the page is hidden or closed, so a reload never loses the last changes.
 */
function deviceCopy(snapshot: () => MagnetsSnapshot) {
  let timer = 0;
  const now = () => {
    clearTimeout(timer);
    timer = 0;
    void saveSnapshot("magnets", snapshot());
  };
  const flush = () => {
    if (timer) now();
  };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
  return {
    now,
    soon: () => {
      if (!timer) timer = window.setTimeout(now, SAVE_DELAY_MS);
    },
    cancel: () => {
      clearTimeout(timer);
      timer = 0;
    },
  };
}

export type MagnetsStore = ReturnType<typeof createMagnetsStore>;

/** The one magnets store of the app: switching tabs keeps the socket and the speeds. */
export const sharedMagnetsStore = perAccount(createMagnetsStore);
