// Which of the library's magnets a movie or episode page is about, by release name: the name is
// read with @ctrl/video-filename-parser (Radarr and Sonarr's rules), titles are compared
// without case, accents or punctuation, and years may differ by one (festival and release
// years). A four-digit year is never taken for a season and episode ("Film.1968" is not 19x68).
import { filenameParse, parseSeason } from "@ctrl/video-filename-parser";
import type { Magnet } from "../../../protocol/alldebrid";
import type { OfferedVideo, Wanted } from "./asks";

/** What a release name says. */
export interface Release {
  title: string;
  year: number | null;
  /** Seasons it holds (a season pack, an episode); empty for a film or a name without any. */
  seasons: number[];
  /** Episodes it holds; empty for a film or a whole season. */
  episodes: number[];
}

export function readRelease(name: string): Release {
  const film = filenameParse(name);
  const year = film.year ? Number(film.year) : null;
  const tv = parseSeason(name);
  const isYear =
    tv?.seasons.length === 1 && tv.episodeNumbers.length === 1 && year === tv.seasons[0]! * 100 + tv.episodeNumbers[0]!;
  if (!tv || tv.seasons.length === 0 || isYear) return { title: film.title, year, seasons: [], episodes: [] };
  return { title: tv.seriesTitle, year, seasons: tv.seasons, episodes: tv.episodeNumbers };
}

/** "Night of the Living Dead" and "night.of.the.living.dead" compare equal; so do "Amélie" and "Amelie". */
export function comparableTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/^the /, "")
    .trim();
}

function yearsAgree(a: number | null, b: number | null): boolean {
  return a === null || b === null || Math.abs(a - b) <= 1;
}

/** Whether a magnet's name is the wanted film, or may hold the wanted episode. */
function nameMatches(name: string, wanted: Wanted): boolean {
  const release = readRelease(name);
  if (comparableTitle(release.title) !== comparableTitle(wanted.title) || release.title.trim() === "") return false;
  if (!wanted.episode) return release.seasons.length === 0 && yearsAgree(release.year, wanted.year);
  const { season, episode } = wanted.episode;
  if (release.seasons.length > 0 && !release.seasons.includes(season)) return false;
  return release.episodes.length === 0 || release.episodes.includes(episode);
}

/** The magnets whose names match, newest first. */
export function matchingMagnets(magnets: Iterable<Magnet>, wanted: Wanted): Magnet[] {
  return [...magnets].filter((magnet) => nameMatches(magnet.filename, wanted)).sort((a, b) => b.id - a.id);
}

/**
 * The videos of a matching magnet that are the wanted title: a film's main file (or its parts);
 * the wanted episode, its season taken from the magnet's name when the file's name has none.
 */
export function wantedVideos(magnetName: string, videos: readonly OfferedVideo[], wanted: Wanted): OfferedVideo[] {
  if (!wanted.episode) {
    const main = videos.filter((video) => video.role === "main");
    return main.length > 0 ? main : videos.filter((video) => video.role === "part");
  }
  const { season, episode } = wanted.episode;
  const release = readRelease(magnetName);
  const packSeason = release.seasons.length === 1 ? (release.seasons[0] ?? null) : null;
  const tagged = videos.filter(
    (video) => video.episode === episode && (video.season ?? packSeason ?? season) === season,
  );
  if (tagged.length > 0) return tagged;
  // A single-episode release whose file carries no tag of its own.
  const single = release.episodes.length === 1 && release.episodes[0] === episode && release.seasons.includes(season);
  return single ? videos.filter((video) => video.role !== "episode").slice(0, 1) : [];
}
