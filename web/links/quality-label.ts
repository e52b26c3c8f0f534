// A stream's quality as the choice lists it.
import type { StreamQuality } from "../../protocol/alldebrid";
import { lang } from "../i18n";
import { formatSize } from "../i18n/format";

/** "720p · mp4 · 52 MB"; an audio stream says its format once ("mp3 · 3 MB", never "mp3 · mp3"). */
export function qualityLabel(stream: StreamQuality, language = lang()): string {
  const quality = typeof stream.quality === "number" ? `${stream.quality}p` : stream.quality;
  const parts = [quality, stream.ext, formatSize(stream.filesize, language), stream.name].filter(Boolean);
  return parts.filter((part, index) => parts.indexOf(part) === index).join(" · ");
}
