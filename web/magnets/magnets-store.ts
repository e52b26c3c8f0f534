// The magnets store: the account's magnets, fed by the live socket (snapshot, then patches; see
// live-apply.ts), shown at once from the device's copy and saved again after each change; the
// writes (add, delete, restart; magnet-writes.ts) show at once and are undone where they fail.
// The same socket brings the account's waiting line (waiting-line.ts) and the cleanup runs, said
// once; adds AllDebrid asks to try later are tried again (later-adds.ts). Made per account
// (web/app/store-context.tsx): the socket opens with the store and closes when the account leaves.
import { batch, createEffect, onCleanup } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import type { Magnet } from "../../protocol/alldebrid";
import type { WaitingLine } from "../../protocol/line";
import type { CleanupMessage, MagnetsSnapshot, ServerMessage } from "../../protocol/live";
import type { Account, Store } from "../app/store-context";
import { magnetName } from "../hosts/detect";
import { getSetting, setSetting } from "../offline/db";
import { type DeviceCopy, deviceCopy } from "../offline/device-copy";
import { outboxEntries, outboxLoaded } from "../offline/outbox";
import { laterAdds } from "./later-adds";
import { applyPatch, applySnapshot, type LiveTarget, showList } from "./live-apply";
import { connectLive, type LiveConnection, type LiveState } from "./live-connection";
import { magnetWrites } from "./magnet-writes";
import { showSentUploads } from "./pending-adds";
import { initialMagnetsState, type MagnetsState } from "./state";
import { waitingLine } from "./waiting-line";

export function createMagnetsStore(account: Account) {
  const [state, setState] = createStore<MagnetsState>(initialMagnetsState());
  /** Magnets being deleted: a snapshot or patch racing the delete must not bring them back. */
  const list = { state, setState, deleting: new Set<number>() };
  const copy = deviceCopy<MagnetsSnapshot>("magnets", () => ({
    version: state.version,
    magnets: unwrap(state.magnets),
  }));
  const line = waitingLine(list, account);
  const connection = openLive(account, list, copy, {
    line: line.show,
    opened: line.forget,
    cleanup: (run) => void sayOnce(list, run),
  });
  showAddsSentByTheOutbox(list);
  const writes = magnetWrites(list, copy.saveSoon);
  const later = laterAdds(list);

  const actions = {
    ...writes,
    ...line.actions,
    addMagnets: async (magnets: string[]) =>
      later.keep(
        await writes.addMagnets(magnets),
        (input) => writes.addMagnets([input]),
        (input) => magnetName(input) ?? input,
      ),
    addTorrentFiles: async (files: File[]) =>
      later.keep(
        await writes.addTorrentFiles(files),
        (input) => writes.addTorrentFiles(files.filter((file) => file.name === input)),
        (input) => input.replace(/\.torrent$/i, ""),
      ),
    cancelLater: later.cancelLater,
    addAgain: async (magnet: Magnet) => {
      const added = await writes.addAgain(magnet);
      setState("addedAgain", added);
      return added;
    },
    /** The person has read "N finished magnets cleaned up". */
    dismissCleanup: () => setState("cleanupToSay", null),
    /** "Retry now": a new connection attempt at once. */
    retryNow: () => connection()?.retryNow(),
  };
  return [state, actions] as const satisfies Store<MagnetsState, unknown>;
}

/** What the live socket brings besides the magnets (docs/caps.md). */
interface CapsMessages {
  line: (line: WaitingLine) => void;
  /** The socket opened: what it brings next replaces what is shown. */
  opened: () => void;
  cleanup: (run: CleanupMessage) => void;
}

/** Says a cleanup run once on this device: the last run said is kept, so a reconnect or a reload says nothing more. */
async function sayOnce({ setState }: LiveTarget, run: CleanupMessage): Promise<void> {
  const said = (await getSetting<number>("cleanupRunSaid").catch(() => undefined)) ?? 0;
  if (run.run <= said) return;
  await setSetting("cleanupRunSaid", run.run).catch(() => undefined);
  setState("cleanupToSay", run);
}

/** Shows the device's copy, then opens the live socket; both stop when the account leaves. */
function openLive(account: Account, list: LiveTarget, copy: DeviceCopy<MagnetsSnapshot>, caps: CapsMessages) {
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
    } else if (message.type === "line") {
      caps.line({ magnets: message.magnets, free: message.free });
    } else if (message.type === "cleanup") {
      caps.cleanup(message);
    } else if (message.type === "error") {
      setState("serverNotice", { code: message.code, message: message.message });
    }
  }

  void copy.read().then((saved) => {
    // The socket may have answered while IndexedDB was read: newer data wins.
    if (saved && state.updatedAt === null) {
      batch(() => {
        showList(list, saved.value.magnets);
        setState({ version: saved.value.version, updatedAt: saved.savedAt, fromDevice: true });
      });
    }
    if (left) return;
    const onState = (live: LiveState) => {
      if (live.status === "live" && state.live.status !== "live") caps.opened();
      setState("live", live);
    };
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
