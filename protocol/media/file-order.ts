// The order a torrent's files are meant to be watched in: a film's main file, a season's episodes
// in order (E01, E02, … E10), any other parts of a pack by name; then extras, samples and what is
// not media. Pure, so the Worker (the Stremio add-on's videos) and the app can share it.
import { mediaKind } from "./media-kind";

/** A file by its name, size and the folders it sits in (outermost first). */
export interface MediaFile {
  name: string;
  size: number;
  folders: readonly string[];
}

/**
 * main: the one film of a pack; episode: a video tagged with an episode; part: other media of the
 * pack (CD1, CD2, an album's tracks); extra: trailers, bonus folders, small videos beside a film;
 * sample: a sample clip; other: not media (subtitles, .nfo, text).
 */
export type FileRole = "main" | "episode" | "part" | "extra" | "sample" | "other";

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

/** A whole word of a name, whatever separates it (dots, dashes, underscores, spaces, brackets). */
const wordOf = (words: string) => new RegExp(`(?:^|[^a-z0-9])(?:${words})(?=[^a-z0-9]|$)`, "i");
const SAMPLE = wordOf("sample");
const EXTRA = wordOf(
  "extras?|featurettes?|bonus|trailers?|teasers?|interviews?|behind[ ._-]the[ ._-]scenes|deleted[ ._-]scenes?|making[ ._-]of",
);

/** Tags with a season first (S01E02, 1x02), then those with an episode alone (E05, Episode 5, "Show - 05"). */
const TAGS: Array<{ pattern: RegExp; withSeason: boolean }> = [
  { pattern: /(?:^|[^a-z0-9])s(\d{1,2})[ ._-]?e(\d{1,3})(?!\d)/i, withSeason: true },
  { pattern: /(?:^|[^a-z0-9])(\d{1,2})x(\d{2,3})(?![0-9a-z])/i, withSeason: true },
  { pattern: /(?:^|[^a-z0-9])(?:episode|ep|e)[ ._-]?(\d{1,3})(?![0-9a-z])/i, withSeason: false },
  { pattern: /\s-\s(\d{1,3})(?:v\d)?(?=\s|\[|\(|\.[a-z0-9]{2,4}$)/i, withSeason: false },
];

/** The episode a file's name carries, if any. */
export function episodeTag(name: string): EpisodeTag | null {
  for (const { pattern, withSeason } of TAGS) {
    const match = pattern.exec(name);
    if (!match) continue;
    if (withSeason) return { season: Number(match[1]), episode: Number(match[2]) };
    return { season: null, episode: Number(match[1]) };
  }
  return null;
}

/** A film's file is this many times bigger than any other video beside it. */
const MAIN_FILE_RATIO = 3;

function roleOf<T extends MediaFile>(file: T): OrderedFile<T> {
  const kind = mediaKind(file.name);
  const inFolder = (pattern: RegExp) => file.folders.some((folder) => pattern.test(folder));
  if (!kind) return { file, role: "other", episode: null };
  if (SAMPLE.test(file.name) || inFolder(SAMPLE)) return { file, role: "sample", episode: null };
  // An extras folder wins over a tag; a tag wins over a word of the name ("Trailer Park Boys S01E01").
  if (inFolder(EXTRA)) return { file, role: "extra", episode: null };
  const episode = kind === "video" ? episodeTag(file.name) : null;
  if (episode) return { file, role: "episode", episode };
  return { file, role: EXTRA.test(file.name) ? "extra" : "part", episode: null };
}

/** Without episodes, a video much bigger than the other videos is the film, and they are its extras. */
function findMainFile<T extends MediaFile>(entries: OrderedFile<T>[]): void {
  if (entries.some((entry) => entry.role === "episode")) return;
  const parts = entries.filter((entry) => entry.role === "part");
  if (parts.length === 0 || parts.some((entry) => mediaKind(entry.file.name) !== "video")) return;
  const [biggest, next] = [...parts].sort((a, b) => b.file.size - a.file.size);
  if (!biggest || (next && biggest.file.size < MAIN_FILE_RATIO * next.file.size)) return;
  for (const entry of parts) entry.role = entry === biggest ? "main" : "extra";
}

const RANK: Record<FileRole, number> = { main: 0, episode: 1, part: 2, extra: 3, sample: 4, other: 5 };
const natural = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const pathOf = (file: MediaFile) => [...file.folders, file.name].join("/");

function compare<T extends MediaFile>(a: OrderedFile<T>, b: OrderedFile<T>): number {
  const byRole = RANK[a.role] - RANK[b.role];
  if (byRole !== 0) return byRole;
  if (a.episode && b.episode) {
    const bySeason = (a.episode.season ?? 0) - (b.episode.season ?? 0);
    if (bySeason !== 0) return bySeason;
    if (a.episode.episode !== b.episode.episode) return a.episode.episode - b.episode.episode;
  }
  return natural.compare(pathOf(a.file), pathOf(b.file));
}

/** Every file with its role, in the order to watch them. */
export function watchOrder<T extends MediaFile>(files: readonly T[]): OrderedFile<T>[] {
  const entries = files.map(roleOf);
  findMainFile(entries);
  return entries.sort(compare);
}

/** What a player offers: the film, or the episodes in order, or the parts; never samples, extras or non-media. */
export function filesToWatch<T extends MediaFile>(files: readonly T[]): OrderedFile<T>[] {
  return watchOrder(files).filter(
    (entry) => entry.role === "main" || entry.role === "episode" || entry.role === "part",
  );
}
