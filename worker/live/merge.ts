// Applies one AllDebrid live-mode answer to the account's magnets (in place) and says what a
// client must do to follow: the changed fields per magnet and the removed ids. A magnet that
// lost fields is sent as a replacement: its id in `removed` and its whole self in `changes`.
import { isRemoval, type Magnet, type MagnetChange, magnetGroup } from "../../protocol/alldebrid";
import type { MagnetPatch } from "../../protocol/live";

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

/** A magnet that just settled keeps only the transfer fields the diff itself carries. */
function settle(known: Magnet, merged: Magnet, diff: MagnetFields): Magnet | null {
  if (magnetGroup(merged.statusCode) === "processing" || magnetGroup(known.statusCode) !== "processing") return null;
  const fields = merged as unknown as MagnetFields;
  const stale = TRANSFER_FIELDS.filter((key) => key in fields && !(key in diff));
  if (stale.length === 0) return null;
  const settled = { ...fields };
  for (const key of stale) delete settled[key];
  return settled as unknown as Magnet;
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
    const merged = { ...known, ...patch };
    const settled = settle(known, merged, change as MagnetFields);
    magnets.set(change.id, settled ?? merged);
    if (settled) removed.add(change.id);
    changes.set(change.id, settled ? { ...settled } : { ...changes.get(change.id), ...patch });
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
    const lostField = known !== undefined && Object.keys(known).some((key) => !(key in magnet));
    if (!known || lostField) {
      if (lostField) removed.push(id);
      changes.push({ ...magnet });
      continue;
    }
    const patch = changedFields(known, magnet as unknown as MagnetFields);
    if (patch) changes.push(patch);
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
