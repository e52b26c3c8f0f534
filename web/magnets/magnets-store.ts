// The magnets store: one Solid store fed by the live socket (snapshot, then patches), shown at
// once from the last saved snapshot, and saved again after each change. Write actions
// (add, delete, restart) live in magnet-writes.ts and update this store optimistically.
import { batch } from "solid-js";
import { createStore, produce, reconcile, unwrap } from "solid-js/store";
import type { Magnet } from "../../protocol/alldebrid";
import type { MagnetPatch, MagnetsSnapshot, ServerMessage } from "../../protocol/live";
import { loadSnapshot, saveSnapshot } from "../offline/db";
import { perAccount } from "../session/per-account";
import { apikey } from "../session/session";
import { connectLive, type LiveConnection, type LiveState } from "./live-connection";
import { withSample } from "./speed-history";

export interface MagnetsState {
  magnets: Magnet[];
  version: number;
  /** When the magnets shown were last known to be current (from the saved snapshot until the socket answers). */
  updatedAt: number | null;
  /** True while the list comes from the device's saved snapshot only. */
  fromDevice: boolean;
  live: LiveState;
  /** Recent download speeds per magnet id, for the sparkline. */
  speeds: Record<number, number[]>;
  /** A message the server sent about the live feed ({ type: "error" }). */
  serverNotice: { code: string; message: string } | null;
}

const SAVE_DELAY_MS = 1_000;

function initialState(): MagnetsState {
  return {
    magnets: [],
    version: 0,
    updatedAt: null,
    fromDevice: false,
    live: { status: "connecting" },
    speeds: {},
    serverNotice: null,
  };
}

function withoutNulls(change: MagnetPatch): Partial<Magnet> {
  return Object.fromEntries(Object.entries(change).map(([field, value]) => [field, value ?? undefined]));
}

export type SetMagnets = ReturnType<typeof createStore<MagnetsState>>[1];

export function createMagnetsStore() {
  const [state, setState] = createStore<MagnetsState>(initialState());
  /** Magnets being deleted: a snapshot or patch racing the delete must not bring them back. */
  const deleting = new Set<number>();
  let connection: LiveConnection | null = null;
  let saveTimer = 0;

  function saveNow(): void {
    clearTimeout(saveTimer);
    saveTimer = 0;
    const snapshot: MagnetsSnapshot = { version: state.version, magnets: unwrap(state.magnets) };
    void saveSnapshot("magnets", snapshot);
  }

  /** Patches come often: they are saved together, at most once per SAVE_DELAY_MS. */
  function scheduleSave(): void {
    if (!saveTimer) saveTimer = window.setTimeout(saveNow, SAVE_DELAY_MS);
  }

  // A reload or a closed tab must not lose the last changes still waiting to be saved.
  const flushPendingSave = () => {
    if (saveTimer) saveNow();
  };
  window.addEventListener("pagehide", flushPendingSave);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flushPendingSave();
  });

  function applySnapshot(version: number, magnets: Magnet[]): void {
    const shown = deleting.size ? magnets.filter((m) => !deleting.has(m.id)) : magnets;
    batch(() => {
      setState("magnets", reconcile(shown, { key: "id" }));
      setState({ version, updatedAt: Date.now(), fromDevice: false });
      const speeds: Record<number, number[]> = {};
      for (const magnet of shown) {
        const known = state.speeds[magnet.id];
        if (known) speeds[magnet.id] = known;
        else if (magnet.downloadSpeed) speeds[magnet.id] = [magnet.downloadSpeed];
      }
      setState("speeds", reconcile(speeds));
    });
  }

  function applyPatch(from: number, to: number, changes: MagnetPatch[], removed: number[]): void {
    if (from !== state.version) {
      // A gap: ask for what changed since the version we hold instead of guessing.
      connection?.resync();
      return;
    }
    batch(() => {
      if (removed.length) removeShown(removed);
      const raw = unwrap(state.magnets);
      for (const change of changes) {
        if (deleting.has(change.id)) continue;
        const index = raw.findIndex((m) => m.id === change.id);
        // A merge patch: null says the field is gone, and a Solid store deletes a field set to undefined.
        if (index >= 0) setState("magnets", index, withoutNulls(change));
        else if (change.filename !== undefined) setState("magnets", raw.length, change as Magnet);
        if (change.downloadSpeed !== undefined) {
          setState("speeds", change.id, (samples) => withSample(samples, change.downloadSpeed ?? 0));
        }
      }
      setState({ version: to, updatedAt: Date.now(), fromDevice: false });
    });
  }

  function removeShown(ids: readonly number[]): void {
    const gone = new Set(ids);
    batch(() => {
      setState("magnets", (magnets) => magnets.filter((m) => !gone.has(m.id)));
      setState(
        "speeds",
        produce((speeds) => {
          for (const id of ids) delete speeds[id];
        }),
      );
    });
  }

  function onMessage(message: ServerMessage): void {
    if (message.type === "snapshot") applySnapshot(message.version, message.magnets);
    else if (message.type === "patch") applyPatch(message.from, message.to, message.changes, message.removed);
    else if (message.type === "error") setState("serverNotice", { code: message.code, message: message.message });
    if (message.type === "snapshot") saveNow();
    if (message.type === "patch" && (message.changes.length || message.removed.length)) scheduleSave();
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
      connection = connectLive({
        apikey: key,
        version: () => state.version,
        onMessage,
        onState: (live) => setState("live", live),
      });
    });
  }

  function reset(): void {
    connection?.stop();
    connection = null;
    clearTimeout(saveTimer);
    saveTimer = 0;
    setState(initialState());
  }

  const actions = {
    retryNow: () => connection?.retryNow(),
    /** For magnet-writes.ts: the setter and the list of ids being deleted. */
    setState,
    deleting,
    removeShown,
    scheduleSave,
    /** Exposed for tests and the benchmark of rendering: what a socket message does. */
    applyMessage: onMessage,
  };

  return { state, actions, start, reset };
}

export type MagnetsStore = ReturnType<typeof createMagnetsStore>;

/** The one magnets store of the app: switching tabs keeps the socket and the speeds. */
export const sharedMagnetsStore = perAccount(createMagnetsStore);
