// Stream qualities of a video link, stable per link: which exist, their sizes, and which of
// them link/streaming answers with a delayed id (1080p) instead of a direct link.
import type { StreamQuality } from "../../../protocol/alldebrid";
import { hash32 } from "./patterns";

export function titleOf(videoId: string): string {
  return `Sandbox video ${videoId}`;
}

export function qualitiesOf(link: string): StreamQuality[] {
  const base = 1_000_000 + (hash32(link) % 9_000_000);
  return [
    { id: "140", ext: "mp3", quality: "mp3", filesize: base, proto: "https", name: "", tb: 130.621, abr: 128 },
    { id: "137+140", ext: "mp4", quality: 1080, filesize: base * 22, proto: "https", name: "" },
    { id: "398+140", ext: "mp4", quality: 720, filesize: base * 9, proto: "https", name: "" },
    { id: "18", ext: "mp4", quality: 360, filesize: base * 4, proto: "https", name: "" },
  ];
}

/** Qualities that need time to generate. */
export function isDelayedQuality(quality: StreamQuality): boolean {
  return quality.quality === 1080;
}

/** `Title.720.mp4`, or `Title.mp3` for audio, as the docs show. */
export function qualityFilename(title: string, quality: StreamQuality): string {
  return typeof quality.quality === "number" ? `${title}.${quality.quality}.${quality.ext}` : `${title}.${quality.ext}`;
}
