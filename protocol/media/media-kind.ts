// Which files are video or audio, by their name's extension, and the MIME type a player is told.
// Pure: the Play button, the playlist export, the files order and the Worker agree on what is media.

export type MediaKind = "video" | "audio";

const VIDEO: Record<string, string> = {
  mkv: "video/x-matroska",
  mp4: "video/mp4",
  m4v: "video/mp4",
  mov: "video/quicktime",
  avi: "video/x-msvideo",
  wmv: "video/x-ms-wmv",
  webm: "video/webm",
  ts: "video/mp2t",
  m2ts: "video/mp2t",
  mts: "video/mp2t",
  flv: "video/x-flv",
  mpg: "video/mpeg",
  mpeg: "video/mpeg",
  "3gp": "video/3gpp",
  ogv: "video/ogg",
};

const AUDIO: Record<string, string> = {
  mp3: "audio/mpeg",
  flac: "audio/flac",
  m4a: "audio/mp4",
  m4b: "audio/mp4",
  aac: "audio/aac",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  wav: "audio/wav",
  wma: "audio/x-ms-wma",
  alac: "audio/mp4",
  aiff: "audio/aiff",
};

function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,5})$/i.exec(name.trim());
  return match ? match[1]!.toLowerCase() : "";
}

/** "video" for Movie.mkv, "audio" for Song.flac, null for README.txt (or a sample? still video). */
export function mediaKind(name: string): MediaKind | null {
  const extension = extensionOf(name);
  if (extension in VIDEO) return "video";
  if (extension in AUDIO) return "audio";
  return null;
}

/** The file's MIME type, when it is media. */
export function mediaType(name: string): string | undefined {
  const extension = extensionOf(name);
  return VIDEO[extension] ?? AUDIO[extension];
}
