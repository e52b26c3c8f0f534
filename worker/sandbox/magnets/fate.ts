// What becomes of a sandbox magnet, decided by its hash alone so tests can pick one
// (the rules are listed in docs/sandbox-magnets.md): ready at once, slow, failing, or normal;
// a generated name, size and file layout for magnets that arrive without a .torrent (a season's
// episodes when the name says it is a season pack).
import type { TorrentFile } from "../../../protocol/torrent";

export type Fate =
  | { kind: "instant" }
  | { kind: "normal"; downloadSteps: number }
  | { kind: "slow"; downloadSteps: number }
  | { kind: "failing"; downloadSteps: number; statusCode: number };

/** How many pace units one step of a slow magnet lasts. */
export const SLOW_FACTOR = 200;

/** The 4-bit value of the hash's n-th hex character. */
function nibble(hash: string, index: number): number {
  return Number.parseInt(hash[index] ?? "0", 16);
}

/** A restarted magnet always goes through to Ready, so a restart can be seen to work. */
export function fateOf(hash: string, restarts: number): Fate {
  const downloadSteps = 2 + (nibble(hash, 3) % 4);
  const first = hash[0];
  if (first === "0") return { kind: "instant" };
  if (first === "e") return { kind: "slow", downloadSteps };
  if (first === "f" && restarts === 0)
    return { kind: "failing", downloadSteps, statusCode: 5 + (nibble(hash, 1) % 11) };
  return { kind: "normal", downloadSteps };
}

const SINGLE_NAMES = [
  "ubuntu-24.04.1-desktop-amd64.iso",
  "debian-12.7.0-amd64-DVD-1.iso",
  "archlinux-2024.09.01-x86_64.iso",
  "Fedora-Workstation-Live-x86_64-40-1.14.iso",
  "linuxmint-22-cinnamon-64bit.iso",
  "Big.Buck.Bunny.2008.1080p.mkv",
  "Sita.Sings.the.Blues.2008.720p.mp4",
  "Night.of.the.Living.Dead.1968.mkv",
];

const FOLDER_NAMES = [
  "Sintel (2010) 4K",
  "Tears of Steel (2012) 1080p",
  "Elephants Dream (2006)",
  "Cosmos Laundromat (2015)",
  "Spring (2019) 2160p",
  "Agent 327 - Operation Barbershop (2017)",
  "Caminandes Trilogy (2013)",
  "Glass Half (2015)",
];

/** Hashes whose third character is 8-f get a nested folder layout; the others one file. */
function hasFolders(hash: string): boolean {
  return nibble(hash, 2) >= 8;
}

export function generatedName(hash: string): string {
  const names = hasFolders(hash) ? FOLDER_NAMES : SINGLE_NAMES;
  return names[nibble(hash, 5) % names.length] ?? "noname";
}

/** Between 50 MB and about 8.6 GB, from the hash. */
export function generatedSize(hash: string): number {
  return 50_000_000 + (Number.parseInt(hash.slice(6, 14), 16) % 8_550_000_000);
}

/** The file list of a magnet uploaded without a .torrent: a season's episodes, one file, or a tree two folders deep. */
export function generatedFiles(hash: string, name: string, size: number): TorrentFile[] {
  // Only a file's own extension goes: "Show.S01.720p.WEB" is a release name, not a .WEB file.
  const base = name.replace(/\.(?:mkv|mp4|avi|m4v|mov|webm|ts|iso|img|zip|rar|7z)$/i, "");
  if (size < 40_000_000) return [{ path: [name], size }];
  const season = SEASON.exec(base);
  if (season) return seasonFiles(hash, base, season, size);
  if (!hasFolders(hash)) return [{ path: [name], size }];
  const sample = Math.min(20_000_000, Math.floor(size / 10));
  const small = [48_213, 51_877, 1_523];
  const main = size - sample - small.reduce((sum, bytes) => sum + bytes, 0);
  return [
    { path: [`${base}.mkv`], size: main },
    { path: ["Subs", "English.srt"], size: small[0] ?? 0 },
    { path: ["Subs", "Extras", "Commentary.en.srt"], size: small[1] ?? 0 },
    { path: ["Sample", `${base}.sample.mkv`], size: sample },
    { path: ["README.txt"], size: small[2] ?? 0 },
  ];
}

/** "The.Expanse.S02.1080p" or "The Expanse Season 2": a season pack (no episode of its own). */
const SEASON = /(?:^|[^a-z0-9])(?:s(\d{1,2})(?![\de])|season[ ._-]?(\d{1,2})(?!\d))/i;

const SEASON_EPISODES = 10;

const twoDigits = (n: number) => String(n).padStart(2, "0");

/**
 * A season pack: episodes 1 to 10 named after the pack ("…S02E01…mkv"), of unequal sizes (so the
 * biggest is not the first), a sample of the first in Sample/, and an .nfo.
 */
function seasonFiles(hash: string, base: string, season: RegExpExecArray, size: number): TorrentFile[] {
  const number = Number(season[1] ?? season[2]);
  const token = season[0].replace(/^[^a-z0-9]/i, "");
  const at = season.index + season[0].length - token.length;
  const episodeName = (episode: number) =>
    `${base.slice(0, at)}S${twoDigits(number)}E${twoDigits(episode)}${base.slice(at + token.length)}.mkv`;
  const sample = Math.min(20_000_000, Math.floor(size / 50));
  const nfo = 2_048;
  const rest = size - sample - nfo;
  const weights = Array.from({ length: SEASON_EPISODES }, (_, i) => 90 + ((nibble(hash, 8 + i) * 7 + i * 13) % 21));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.floor((rest * weight) / total));
  sizes[0]! += rest - sizes.reduce((sum, bytes) => sum + bytes, 0);
  return [
    ...sizes.map((bytes, i) => ({ path: [episodeName(i + 1)], size: bytes })),
    { path: ["Sample", episodeName(1).replace(/\.mkv$/, ".sample.mkv")], size: sample },
    { path: [`${base}.nfo`], size: nfo },
  ];
}
