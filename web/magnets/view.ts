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

const newest = (a: Magnet, b: Magnet) => b.uploadDate - a.uploadDate || b.id - a.id;
const byName = (a: Magnet, b: Magnet) => {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  return collator.compare(a.filename, b.filename);
};
const bySize = (a: Magnet, b: Magnet) => b.size - a.size;
const byProgress = (a: Magnet, b: Magnet) => progressOf(b) - progressOf(a);

/** Ties go to the newest, whichever way the list is sorted. */
const COMPARE: Record<MagnetSort, (a: Magnet, b: Magnet) => number> = {
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
  const shown = magnets.filter((magnet) => {
    if (options.filter !== "all" && magnetGroup(magnet.statusCode) !== options.filter) return false;
    if (words.length === 0) return true;
    const name = searchKey(magnet.filename);
    return words.every((word) => name.includes(word));
  });
  return shown.sort(COMPARE[options.sort]);
}

export function countByGroup(magnets: readonly Magnet[]): Record<MagnetFilter, number> {
  const counts: Record<MagnetFilter, number> = { all: magnets.length, processing: 0, ready: 0, error: 0 };
  for (const magnet of magnets) counts[magnetGroup(magnet.statusCode)]++;
  return counts;
}
