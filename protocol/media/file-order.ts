// The order a torrent's files are meant to be watched in: a film's main file first, a season's
// episodes in order (E01, E02, … E10), the parts of any other pack by name, then extras, samples
// and what is not media. Pure: the app's files tree and exports, and the Worker, use it alike.
import { type FileLeaf, type FileNode, isFolder } from "../alldebrid/magnets";
import { mediaKind } from "./media-kind";

/** A file by its name, size and the folders it sits in (outermost first). */
export interface MediaFile {
  name: string;
  size: number;
  folders: readonly string[];
}

/**
 * main: the one film of the pack; episode: a video with an episode tag; part: any other media of
 * the pack (CD1/CD2, an album's tracks); extra: trailers, featurettes, bonus folders, and small
 * videos beside a film; sample: a sample clip; other: not media (subtitles, .nfo, text).
 */
type FileRole = "main" | "episode" | "part" | "extra" | "sample" | "other";

export interface EpisodeTag {
  /** null when the name gives no season ("Show - 05"). */
  season: number | null;
  episode: number;
}

export interface OrderedFile<T extends MediaFile> {
  file: T;
  role: FileRole;
  episode: EpisodeTag | null;
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** A word of a file name, whatever separates it (dots, dashes, underscores, spaces, brackets). */
const word = (pattern: string) => new RegExp(`(?:^|[^a-z0-9])(?:${pattern})(?:[^a-z0-9]|$)`, "i");
const SAMPLE = word("sample");
const EXTRA = word(
  "extras?|featurettes?|bonus|trailers?|teasers?|behind[ ._-]the[ ._-]scenes|deleted[ ._-]scenes?|interviews?|making[ ._-]of",
);

const EPISODE_PATTERNS: Array<{ pattern: RegExp; season: boolean }> = [
  // S01E02, s1e2, S01E02E03, S01.E02
  { pattern: /(?:^|[^a-z0-9])s(\d{1,2})[ ._-]?e(\d{1,3})(?!\d)/i, season: true },
  // 1x02 (never 1920x1080: a two-digit season at most, and not inside a number)
  { pattern: /(?:^|[^a-z0-9])(\d{1,2})x(\d{2,3})(?![\da-z])/i, season: true },
  // Episode 5, Ep.05, E05
  { pattern: /(?:^|[^a-z0-9])(?:episode|ep|e)[ ._-]?(\d{1,3})(?![\da-z])/i, season: false },
  // "[Group] Show - 05 [1080p].mkv"
  { pattern: /\s-\s(\d{1,3})(?:v\d)?(?:\s|\[|\(|\.[a-z0-9]{2,4}$)/i, season: false },
];

/** The episode a file name carries, if any. */
function episodeTag(name: string): EpisodeTag | null {
  for (const { pattern, season } of EPISODE_PATTERNS) {
    const match = pattern.exec(name);
    if (!match) continue;
    const numbers = match.slice(1).map(Number);
    return season
      ? { season: numbers[0] ?? null, episode: numbers[1] ?? 0 }
      : { season: null, episode: numbers[0] ?? 0 };
  }
  return null;
}

function mentions(file: MediaFile, pattern: RegExp): boolean {
  return pattern.test(file.name) || file.folders.some((folder) => pattern.test(folder));
}

/** A video this much bigger than every other is a film's main file; the others are its extras. */
const FILM_DOMINANCE = 3;

/** What each file is, before ordering. */
function roles<T extends MediaFile>(files: readonly T[]): OrderedFile<T>[] {
  const described = files.map((file): OrderedFile<T> => {
    const kind = mediaKind(file.name);
    if (!kind) return { file, role: "other", episode: null };
    if (mentions(file, SAMPLE)) return { file, role: "sample", episode: null };
    // An extras folder wins over a tag; a tagged name wins over a word ("Trailer Park Boys S01E01").
    if (file.folders.some((folder) => EXTRA.test(folder))) return { file, role: "extra", episode: null };
    const episode = kind === "video" ? episodeTag(file.name) : null;
    if (episode) return { file, role: "episode", episode };
    return { file, role: EXTRA.test(file.name) ? "extra" : "part", episode: null };
  });
  const parts = described.filter((entry) => entry.role === "part");
  const episodes = described.some((entry) => entry.role === "episode");
  if (episodes || parts.length === 0 || parts.some((entry) => mediaKind(entry.file.name) !== "video")) return described;
  const [biggest, second] = [...parts].sort((a, b) => b.file.size - a.file.size);
  if (biggest && (!second || biggest.file.size >= FILM_DOMINANCE * second.file.size)) {
    for (const entry of parts) entry.role = entry === biggest ? "main" : "extra";
  }
  return described;
}

const RANK: Record<FileRole, number> = { main: 0, episode: 1, part: 2, extra: 3, sample: 4, other: 5 };

function pathOf(file: MediaFile): string {
  return [...file.folders, file.name].join("/");
}

function compare<T extends MediaFile>(a: OrderedFile<T>, b: OrderedFile<T>): number {
  if (RANK[a.role] !== RANK[b.role]) return RANK[a.role] - RANK[b.role];
  if (a.episode && b.episode) {
    const season = (a.episode.season ?? 0) - (b.episode.season ?? 0);
    if (season !== 0) return season;
    if (a.episode.episode !== b.episode.episode) return a.episode.episode - b.episode.episode;
  }
  return collator.compare(pathOf(a.file), pathOf(b.file));
}

/** Every file with its role, in the order to watch them. */
function watchOrder<T extends MediaFile>(files: readonly T[]): OrderedFile<T>[] {
  return roles(files).sort(compare);
}

/** What a player offers: the film, or the episodes in order, or the parts; never samples, extras or non-media. */
export function filesToWatch<T extends MediaFile>(files: readonly T[]): OrderedFile<T>[] {
  return watchOrder(files).filter(
    (entry) => entry.role === "main" || entry.role === "episode" || entry.role === "part",
  );
}

export type PlacedLeaf = FileLeaf & { path: string[] };

/** Every file of an n/s/l/e tree (the node itself) with its folders, depth first. */
function leaves(nodes: readonly FileNode[], path: string[] = []): Array<{ leaf: FileLeaf; path: string[] }> {
  return nodes.flatMap((node) => (isFolder(node) ? leaves(node.e, [...path, node.n]) : [{ leaf: node, path }]));
}

/**
 * The tree in watch order: in each folder, an entry comes where the best placed file it holds
 * does (a season's folder where its first episode is), names breaking ties.
 */
export function orderedTree(nodes: readonly FileNode[]): FileNode[] {
  const files = leaves(nodes).map(({ leaf, path }) => ({ name: leaf.n, size: leaf.s, folders: path, leaf }));
  const place = new Map(watchOrder(files).map((entry, index) => [entry.file.leaf, index]));
  return sortLevel(nodes, place).nodes;
}

/** One folder's entries sorted, each with the best place found under it. */
function sortLevel(nodes: readonly FileNode[], place: Map<FileLeaf, number>): { nodes: FileNode[]; best: number } {
  const placed = nodes.map((node) => {
    if (!isFolder(node)) return { node, best: place.get(node) ?? Number.MAX_SAFE_INTEGER };
    const inner = sortLevel(node.e, place);
    return { node: { n: node.n, e: inner.nodes } as FileNode, best: inner.best };
  });
  placed.sort((a, b) => a.best - b.best || collator.compare(a.node.n, b.node.n));
  return { nodes: placed.map((entry) => entry.node), best: placed[0]?.best ?? Number.MAX_SAFE_INTEGER };
}

/** Every file in the order the ordered tree shows it, with its folders: the order of every export. */
export function filesInWatchOrder(nodes: readonly FileNode[]): PlacedLeaf[] {
  return leaves(orderedTree(nodes)).map(({ leaf, path }) => ({ ...leaf, path }));
}
