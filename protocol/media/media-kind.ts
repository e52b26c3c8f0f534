// Which files are video or audio, by their name's extension.
// Pure: the Play button, the playlist export, the files order and the Worker agree on what is media.

export type MediaKind = "video" | "audio";

const VIDEO = new Set([
  "mkv",
  "mp4",
  "m4v",
  "mov",
  "avi",
  "wmv",
  "webm",
  "ts",
  "m2ts",
  "mts",
  "flv",
  "mpg",
  "mpeg",
  "3gp",
  "ogv",
]);

const AUDIO = new Set(["mp3", "flac", "m4a", "m4b", "aac", "ogg", "oga", "opus", "wav", "wma", "alac", "aiff"]);

function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,5})$/i.exec(name.trim());
  return match ? match[1]!.toLowerCase() : "";
}

/** "video" for Movie.mkv, "audio" for Song.flac, null for README.txt (or a sample? still video). */
export function mediaKind(name: string): MediaKind | null {
  const extension = extensionOf(name);
  if (VIDEO.has(extension)) return "video";
  if (AUDIO.has(extension)) return "audio";
  return null;
}
