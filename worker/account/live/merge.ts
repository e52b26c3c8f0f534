// Applies one AllDebrid live-mode answer to the account's magnets (in place) and says what a
// client must do to follow: a merge patch per changed magnet (a field that went away is `null`)
// and the ids of deleted magnets.
import { isRemoval, type Magnet, type MagnetChange, magnetGroup } from "../../../protocol/alldebrid";
import type { MagnetPatch } from "../../../protocol/live";

export interface LiveDelta {
  changes: MagnetPatch[];
  removed: number[];
  /** True when a diff named a magnet we do not hold without its full fields: our copy drifted, ask for a fullsync. */
  drifted: boolean;
}

type MagnetFields = Record<string, unknown>;

/**
 * Fields /v4.1/magnet/status shows only while a magnet is processing (the docs' Ready magnet has
 * none). Live-mode diffs never say a field went away, so they are dropped when a magnet settles.
 */
const TRANSFER_FIELDS = ["downloaded", "uploaded", "seeders", "downloadSpeed", "uploadSpeed", "processingPerc"];

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

/** The transfer fields a magnet that just settled loses: those the diff itself does not carry. */
function staleOnSettling(known: Magnet, merged: Magnet, diff: MagnetFields): string[] {
  if (magnetGroup(merged.statusCode) === "processing" || magnetGroup(known.statusCode) !== "processing") return [];
  return TRANSFER_FIELDS.filter((key) => key in merged && !(key in diff));
}

/** `magnet` without `fields`, and the patch saying so with a `null` per field. */
function dropFields(magnet: Magnet, patch: MagnetPatch, fields: string[]): Magnet {
  const kept = { ...magnet } as unknown as MagnetFields;
  for (const key of fields) {
    delete kept[key];
    (patch as MagnetFields)[key] = null;
  }
  return kept as unknown as Magnet;
}

/** Merges a live-mode diff: changed fields, new magnets and `{ id, deleted: true }` removals. */
export function mergeDiff(magnets: Map<number, Magnet>, diff: MagnetChange[]): LiveDelta {
  const changes = new Map<number, MagnetPatch>();
  const removed = new Set<number>();
  let drifted = false;
  for (const change of diff) {
    const known = magnets.get(change.id);
    if (isRemoval(change)) {
      changes.delete(change.id);
      if (known) removed.add(change.id);
      magnets.delete(change.id);
      continue;
    }
    if (!known) {
      if (!("filename" in change && "statusCode" in change)) drifted = true;
      magnets.set(change.id, { ...change } as Magnet);
      changes.set(change.id, { ...change });
      continue;
    }
    const patch = changedFields(known, change as MagnetFields);
    if (!patch) continue;
    const merged = { ...known, ...patch } as Magnet;
    const stale = staleOnSettling(known, merged, change as MagnetFields);
    magnets.set(change.id, dropFields(merged, patch, stale));
    changes.set(change.id, { ...changes.get(change.id), ...patch });
  }
  return { changes: [...changes.values()], removed: [...removed], drifted };
}

/** Replaces the magnets with a fullsync list and describes the difference from before. */
export function replaceAll(magnets: Map<number, Magnet>, list: Magnet[]): LiveDelta {
  const next = new Map<number, Magnet>();
  for (const magnet of list) next.set(magnet.id, magnet);
  const changes: MagnetPatch[] = [];
  const removed: number[] = [];
  for (const id of magnets.keys()) if (!next.has(id)) removed.push(id);
  for (const [id, magnet] of next) {
    const known = magnets.get(id);
    if (!known) {
      changes.push({ ...magnet });
      continue;
    }
    const patch = changedFields(known, magnet as unknown as MagnetFields) ?? { id };
    const lost = Object.keys(known).filter((key) => !(key in magnet));
    dropFields(known, patch, lost);
    if (Object.keys(patch).length > 1) changes.push(patch);
  }
  magnets.clear();
  for (const [id, magnet] of next) magnets.set(id, magnet);
  return { changes, removed, drifted: false };
}

/** True while any magnet is still moving (queue, download, compress, upload). */
export function anyProcessing(magnets: Map<number, Magnet>): boolean {
  for (const magnet of magnets.values()) if (magnetGroup(magnet.statusCode) === "processing") return true;
  return false;
}

/** The ids of the magnets still processing, taken before a poll is merged. */
export function processingIds(magnets: Map<number, Magnet>): Set<number> {
  const ids = new Set<number>();
  for (const magnet of magnets.values()) if (magnetGroup(magnet.statusCode) === "processing") ids.add(magnet.id);
  return ids;
}
