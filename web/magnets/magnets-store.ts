// The magnets store: the account's magnets, fed by the live socket (snapshot, then patches; see
// live-apply.ts), shown at once from the device's copy and saved again after each change; the
// writes (add, delete, restart; magnet-writes.ts) show at once and are undone where they fail.
// Made per account (web/app/store-context.tsx): the socket opens with the store and closes when
// the account leaves.
import { batch, createEffect, onCleanup } from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import type { MagnetsSnapshot, ServerMessage } from "../../protocol/live";
import type { Account, Store } from "../app/store-context";
import { type DeviceCopy, deviceCopy } from "../offline/device-copy";
import { outboxEntries, outboxLoaded } from "../offline/outbox";
import { applyPatch, applySnapshot, type LiveTarget } from "./live-apply";
import { connectLive, type LiveConnection, type LiveState } from "./live-connection";
import { magnetWrites } from "./magnet-writes";
import { showSentUploads } from "./pending-adds";
import { initialMagnetsState, type MagnetsState } from "./state";

export function createMagnetsStore(account: Account) {
  const [state, setState] = createStore<MagnetsState>(initialMagnetsState());
  /** Magnets being deleted: a snapshot or patch racing the delete must not bring them back. */
  const list = { state, setState, deleting: new Set<number>() };
  const copy = deviceCopy<MagnetsSnapshot>("magnets", () => ({
    version: state.version,
    magnets: unwrap(state.magnets),
  }));
  const connection = openLive(account, list, copy);
  showAddsSentByTheOutbox(list);

  const actions = {
    ...magnetWrites(list, copy.saveSoon),
    /** "Retry now": a new connection attempt at once. */
    retryNow: () => connection()?.retryNow(),
  };
  return [state, actions] as const satisfies Store<MagnetsState, unknown>;
}

export type MagnetsActions = ReturnType<typeof createMagnetsStore>[1];

/** Shows the device's copy, then opens the live socket; both stop when the account leaves. */
function openLive(account: Account, list: LiveTarget, copy: DeviceCopy<MagnetsSnapshot>) {
  const { state, setState } = list;
  let connection: LiveConnection | null = null;
  let left = false;
  onCleanup(() => {
    left = true;
    connection?.stop();
  });

  function onMessage(message: ServerMessage): void {
    if (message.type === "snapshot") {
      applySnapshot(list, message.version, message.magnets);
      void copy.save();
    } else if (message.type === "patch") {
      // A gap: ask for what changed since the version held instead of guessing.
      if (message.from !== state.version) connection?.resync();
      else {
        applyPatch(list, message.to, message.changes, message.removed);
        if (message.changes.length || message.removed.length) copy.saveSoon();
      }
    } else if (message.type === "error") {
      setState("serverNotice", { code: message.code, message: message.message });
    }
  }

  void copy.read().then((saved) => {
    // The socket may have answered while IndexedDB was read: newer data wins.
    if (saved && state.updatedAt === null) {
      batch(() => {
        setState("magnets", reconcile(saved.value.magnets, { key: "id" }));
        setState({ version: saved.value.version, updatedAt: saved.savedAt, fromDevice: true });
      });
    }
    if (left) return;
    const onState = (live: LiveState) => setState("live", live);
    connection = connectLive({ apikey: account.apikey, version: () => state.version, onMessage, onState });
  });
  return () => connection;
}

/**
 * An add queued offline and sent by the outbox shows at once from its answer. Entries already
 * sent when the store was made are old news: the live list knows better what became of them.
 */
function showAddsSentByTheOutbox(list: LiveTarget): void {
  let sentBefore: Set<number> | null = null;
  createEffect(() => {
    if (!outboxLoaded()) return;
    const entries = outboxEntries();
    sentBefore ??= new Set(entries.filter((e) => e.state === "sent").map((e) => e.id!));
    showSentUploads(list, entries, sentBefore);
  });
}
