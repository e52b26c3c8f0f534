// Which magnets the cleanup rules delete, and which are the oldest finished: pure functions of
// the magnets the account object holds. Only finished (Ready) magnets are ever chosen, so a
// magnet still processing, or one that failed, is never deleted here.
import type { Magnet } from "../../../protocol/alldebrid";
import type { CleanupRules } from "../../../protocol/cleanup";

const DAY_MS = 86_400_000;

/** When a magnet finished, in ms; a Ready magnet without a completion date counts from its upload. */
function finishedAt(magnet: Magnet): number {
  return (magnet.completionDate || magnet.uploadDate) * 1000;
}

/** The Ready magnets, oldest completion first (ties: the older id first), leaving out `skip`. */
export function finishedOldestFirst(magnets: Iterable<Magnet>, skip: ReadonlySet<number> = new Set()): Magnet[] {
  return [...magnets]
    .filter((magnet) => magnet.statusCode === 4 && !skip.has(magnet.id))
    .sort((a, b) => finishedAt(a) - finishedAt(b) || a.id - b.id);
}

/** The ids the rules delete now, oldest first: those beyond `keepFinished`, and those finished more than `finishedForDays` ago. */
export function magnetsToClean(
  magnets: Iterable<Magnet>,
  rules: CleanupRules,
  now: number,
  skip: ReadonlySet<number> = new Set(),
): number[] {
  const finished = finishedOldestFirst(magnets, skip);
  const beyond = rules.keepFinished === null ? 0 : Math.max(0, finished.length - rules.keepFinished);
  const before = rules.finishedForDays === null ? Number.NEGATIVE_INFINITY : now - rules.finishedForDays * DAY_MS;
  return finished.filter((magnet, index) => index < beyond || finishedAt(magnet) < before).map((m) => m.id);
}

/** When the age rule next has a magnet to delete (the oldest finished one comes of age), or null. */
export function nextComingOfAge(magnets: Iterable<Magnet>, rules: CleanupRules): number | null {
  if (rules.finishedForDays === null) return null;
  const [oldest] = finishedOldestFirst(magnets);
  return oldest ? finishedAt(oldest) + rules.finishedForDays * DAY_MS : null;
}
