// What the list shows: magnets filtered by state and name, then sorted. Pure functions over
// the store's magnets, so the list and the tests agree on the rules.
import { type Magnet, type MagnetGroup, magnetGroup } from "../../protocol/alldebrid";

export type MagnetFilter = "all" | MagnetGroup;
/** Each order both ways: date added, name, size, progress. */
export type MagnetSort = "newest" | "oldest" | "name" | "name-desc" | "size" | "size-asc" | "progress" | "progress-asc";

export const MAGNET_FILTERS: readonly MagnetFilter[] = ["all", "processing", "ready", "error"];
export const MAGNET_SORTS: readonly MagnetSort[] = [
  "newest",
  "oldest",
  "name",
  "name-desc",
  "size",
  "size-asc",
  "progress",
  "progress-asc",
];

/** Share done, from 0 to 1: a ready magnet is done even when `downloaded` was never sent. */
export function progressOf(magnet: Pick<Magnet, "statusCode" | "size" | "downloaded">): number {
  if (magnetGroup(magnet.statusCode) === "ready") return 1;
  if (!magnet.size || !magnet.downloaded) return 0;
  return Math.min(1, magnet.downloaded / magnet.size);
}

/** Seconds until done at the current speed; null when it cannot be told. */
export function etaSeconds(magnet: Pick<Magnet, "size" | "downloaded" | "downloadSpeed">): number | null {
  if (!magnet.downloadSpeed || magnet.downloadSpeed <= 0) return null;
  const left = magnet.size - (magnet.downloaded ?? 0);
  return left > 0 ? left / magnet.downloadSpeed : null;
}

/** Lower-case, accents removed, so "Eté" is found by "ete". */
export function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export interface ViewOptions {
  filter: MagnetFilter;
  search: string;
  sort: MagnetSort;
}

/** Made on the first sort by name, not when the screen's code loads: a collator takes long to make. */
let collator: Intl.Collator | undefined;

/**
 * What a magnet is sorted by, read from it once: the list's magnets are the store's proxies, and a
 * sort that read them in each of its ten thousand comparisons would cost a cold start tens of ms.
 */
interface SortKey {
  magnet: Magnet;
  uploadDate: number;
  id: number;
  filename: string;
  size: number;
  progress: number;
}

function sortKey(magnet: Magnet, sort: MagnetSort): SortKey {
  const named = sort === "name" || sort === "name-desc";
  const sized = sort === "size" || sort === "size-asc";
  const progressed = sort === "progress" || sort === "progress-asc";
  return {
    magnet,
    uploadDate: magnet.uploadDate,
    id: magnet.id,
    filename: named ? magnet.filename : "",
    size: sized ? magnet.size : 0,
    progress: progressed ? progressOf(magnet) : 0,
  };
}

const newest = (a: SortKey, b: SortKey) => b.uploadDate - a.uploadDate || b.id - a.id;
const byName = (a: SortKey, b: SortKey) => {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  return collator.compare(a.filename, b.filename);
};
const bySize = (a: SortKey, b: SortKey) => b.size - a.size;
const byProgress = (a: SortKey, b: SortKey) => b.progress - a.progress;

/** Ties go to the newest, whichever way the list is sorted. */
const COMPARE: Record<MagnetSort, (a: SortKey, b: SortKey) => number> = {
  newest,
  oldest: (a, b) => -newest(a, b),
  name: (a, b) => byName(a, b) || newest(a, b),
  "name-desc": (a, b) => byName(b, a) || newest(a, b),
  size: (a, b) => bySize(a, b) || newest(a, b),
  "size-asc": (a, b) => bySize(b, a) || newest(a, b),
  progress: (a, b) => byProgress(a, b) || newest(a, b),
  "progress-asc": (a, b) => byProgress(b, a) || newest(a, b),
};

/** The magnets to show, in order; every word of the search must appear in the name. */
export function visibleMagnets(magnets: readonly Magnet[], options: ViewOptions): Magnet[] {
  const words = searchKey(options.search).split(/\s+/).filter(Boolean);
  const keys: SortKey[] = [];
  for (const magnet of magnets) {
    if (options.filter !== "all" && magnetGroup(magnet.statusCode) !== options.filter) continue;
    if (words.length > 0) {
      const name = searchKey(magnet.filename);
      if (!words.every((word) => name.includes(word))) continue;
    }
    keys.push(sortKey(magnet, options.sort));
  }
  return keys.sort(COMPARE[options.sort]).map((key) => key.magnet);
}

export function countByGroup(magnets: readonly Magnet[]): Record<MagnetFilter, number> {
  const counts: Record<MagnetFilter, number> = { all: magnets.length, processing: 0, ready: 0, error: 0 };
  for (const magnet of magnets) counts[magnetGroup(magnet.statusCode)]++;
  return counts;
}
