// Which magnets a poll settled: those that were processing before it and are Ready or failed
// after it. A magnet first seen already settled (the first sync, a cached upload) is no news.
import { type Magnet, magnetGroup } from "../../../protocol/alldebrid";
import type { FinishedMagnet } from "../../../protocol/push";

/** The magnets of `before` that the merge settled (a deleted one is not news either). */
export function settledSince(before: Set<number>, magnets: Map<number, Magnet>): FinishedMagnet[] {
  const settled: FinishedMagnet[] = [];
  for (const id of before) {
    const magnet = magnets.get(id);
    if (magnet && magnetGroup(magnet.statusCode) !== "processing")
      settled.push({ id, name: magnet.filename, statusCode: magnet.statusCode });
  }
  return settled;
}
