// Folds consecutive patches into one, so a client that missed a few ticks catches up with a
// single message. Same meaning as applying them in turn: later merge patches override earlier
// ones field by field (RFC 7396), and a deleted magnet leaves `changes` for `removed`.
import type { MagnetPatch, PatchMessage } from "../../../protocol/live";

/** One patch from the first `from` to the last `to`; null when the list has a gap. */
export function composePatches(patches: PatchMessage[]): PatchMessage | null {
  const first = patches[0];
  const last = patches.at(-1);
  if (!first || !last) return null;
  const changes = new Map<number, MagnetPatch>();
  const removed = new Set<number>();
  let version = first.from;
  for (const patch of patches) {
    if (patch.from !== version) return null;
    for (const id of patch.removed) {
      changes.delete(id);
      removed.add(id);
    }
    // AllDebrid never gives a deleted magnet's id to a new one, so an id in `removed` stays there.
    for (const change of patch.changes)
      if (!removed.has(change.id)) changes.set(change.id, { ...changes.get(change.id), ...change });
    version = patch.to;
  }
  return { type: "patch", from: first.from, to: last.to, changes: [...changes.values()], removed: [...removed] };
}
