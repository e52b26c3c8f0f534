// How the live feed changes the magnets store. A snapshot replaces the list, reconciled by id so
// rows that did not change stay as they are. A patch drops the deleted magnets and applies each
// change as the JSON Merge Patch it is (protocol/live.ts mergeMagnetPatch): a field set to null
// is gone, a magnet this device did not know is added whole. Both keep the sparkline's speeds.
import { batch } from "solid-js";
import { produce, reconcile, type SetStoreFunction, unwrap } from "solid-js/store";
import { MAGNET_STATUSES, type Magnet } from "../../protocol/alldebrid";
import { type MagnetPatch, mergeMagnetPatch } from "../../protocol/live";
import { withSample } from "./speed-history";
import type { MagnetsState } from "./state";

/** The store a message is applied to, and the magnets being deleted, which nothing may bring back. */
export interface LiveTarget {
  state: MagnetsState;
  setState: SetStoreFunction<MagnetsState>;
  deleting: ReadonlySet<number>;
}

export function applySnapshot({ state, setState, deleting }: LiveTarget, version: number, magnets: Magnet[]): void {
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

/** A patch that follows the version held (the caller resyncs on a gap). */
export function applyPatch(target: LiveTarget, to: number, changes: readonly MagnetPatch[], removed: number[]): void {
  batch(() => {
    if (removed.length) removeShown(target, removed);
    for (const change of changes) if (!target.deleting.has(change.id)) applyChange(target, change);
    target.setState({ version: to, updatedAt: Date.now(), fromDevice: false });
  });
}

function applyChange({ state, setState }: LiveTarget, change: MagnetPatch): void {
  const magnets = unwrap(state.magnets);
  const index = magnets.findIndex((m) => m.id === change.id);
  if (index < 0) setState("magnets", magnets.length, mergeMagnetPatch(undefined, change));
  // reconcile writes only the fields that differ, and deletes those the merged magnet lacks.
  else setState("magnets", index, reconcile(mergeMagnetPatch(magnets[index], change)));
  if (change.downloadSpeed !== undefined) {
    setState("speeds", change.id, (samples) => withSample(samples, change.downloadSpeed));
  }
}

/** A magnet an upload answered with (the live feed sends the full one soon): shown now unless already there. */
export function showUploaded(
  { state, setState }: Pick<LiveTarget, "state" | "setState">,
  uploaded: { id: number; name: string; size: number; ready: boolean },
): void {
  if (unwrap(state.magnets).some((m) => m.id === uploaded.id)) return;
  const statusCode = uploaded.ready ? 4 : 0;
  setState("magnets", state.magnets.length, {
    id: uploaded.id,
    filename: uploaded.name,
    size: uploaded.size,
    status: MAGNET_STATUSES[statusCode].status,
    statusCode,
    uploadDate: Math.floor(Date.now() / 1000),
    completionDate: 0,
  });
}

export function removeShown({ setState }: Pick<LiveTarget, "setState">, ids: readonly number[]): void {
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
