// Applies one AllDebrid live-mode answer to the account's magnets (in place) and says what a
// client must do to follow: the changed fields per magnet, the removed ids, or a full reset.
import { isRemoval, type Magnet, type MagnetChange, magnetGroup } from "../../protocol/alldebrid";
import type { MagnetPatch } from "../../protocol/live";

export interface LiveDelta {
  changes: MagnetPatch[];
  removed: number[];
  /** True when a patch cannot express the change (a fullsync dropped a field): send a snapshot. */
  reset: boolean;
  /** True when a diff named a magnet we do not hold without its full fields: our copy drifted, ask for a fullsync. */
  drifted?: boolean;
}

type MagnetFields = Record<string, unknown>;

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Only `files` is structured; its trees are small and compared rarely.
  return typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of `next` that differ from `known` (id excluded), or null when nothing differs. */
function changedFields(known: Magnet, next: MagnetFields): MagnetPatch | null {
  const current = known as unknown as MagnetFields;
  let patch: MagnetFields | null = null;
  for (const key in next) {
    if (key === "id" || sameValue(current[key], next[key])) continue;
    patch ??= { id: known.id };
    patch[key] = next[key];
  }
  return patch as MagnetPatch | null;
}

/** Merges a live-mode diff: changed fields, new magnets and `{ id, deleted: true }` removals. */
export function mergeDiff(magnets: Map<number, Magnet>, diff: MagnetChange[]): LiveDelta {
  const changes = new Map<number, MagnetPatch>();
  const removed = new Set<number>();
  let drifted = false;
  for (const change of diff) {
    if (isRemoval(change)) {
      changes.delete(change.id);
      if (magnets.delete(change.id)) removed.add(change.id);
      continue;
    }
    const known = magnets.get(change.id);
    if (!known) {
      if (!("filename" in change && "statusCode" in change)) drifted = true;
      magnets.set(change.id, { ...change } as Magnet);
      changes.set(change.id, { ...change });
      continue;
    }
    const patch = changedFields(known, change as MagnetFields);
    if (!patch) continue;
    magnets.set(change.id, { ...known, ...patch });
    changes.set(change.id, { ...changes.get(change.id), ...patch });
  }
  return { changes: [...changes.values()], removed: [...removed], reset: false, drifted };
}

/** Replaces the magnets with a fullsync list and describes the difference from before. */
export function replaceAll(magnets: Map<number, Magnet>, list: Magnet[]): LiveDelta {
  const next = new Map<number, Magnet>();
  for (const magnet of list) next.set(magnet.id, magnet);
  const changes: MagnetPatch[] = [];
  const removed: number[] = [];
  let reset = false;
  for (const id of magnets.keys()) if (!next.has(id)) removed.push(id);
  for (const [id, magnet] of next) {
    const known = magnets.get(id);
    if (!known) {
      changes.push({ ...magnet });
      continue;
    }
    const patch = changedFields(known, magnet as unknown as MagnetFields);
    if (patch) changes.push(patch);
    for (const key in known) if (!(key in magnet)) reset = true;
  }
  magnets.clear();
  for (const [id, magnet] of next) magnets.set(id, magnet);
  return { changes, removed, reset };
}

/** True while any magnet is still moving (queue, download, compress, upload). */
export function anyProcessing(magnets: Map<number, Magnet>): boolean {
  for (const magnet of magnets.values()) if (magnetGroup(magnet.statusCode) === "processing") return true;
  return false;
}
