// The export files, written from the direct links of a magnet, a selection of magnets or the
// Links screen's results, in the order given (a magnet's tree order): plain text, an M3U
// playlist (media files only, named), an aria2 input file, a JDownloader .crawljob. Pure: the
// tests read each format line by line.
import { mediaKind } from "../../protocol/media/media-kind";

/** One file to export: its direct link, its name, the magnet (or list) it belongs to, its folders within it. */
export interface ExportFile {
  url: string;
  name: string;
  group: string;
  path: string[];
}

export type ExportFormat = "text" | "m3u" | "aria2" | "crawljob";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["text", "m3u", "aria2", "crawljob"];

/** A value on one line of a key=value or option line: no line breaks, no stray spaces. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ").trim();

/** A folder name that is safe in a relative path: no separators, no "..". */
const folderName = (name: string) =>
  oneLine(name)
    .replace(/[\\/:*?"<>|]+/g, "_")
    .replace(/^\.+$/, "_");

export function asText(files: readonly ExportFile[]): string {
  return files.map((file) => `${file.url}\n`).join("");
}

/** #EXTM3U, then #EXTINF and the link for each video or audio file. */
function asM3u(files: readonly ExportFile[]): string {
  const media = files.filter((file) => mediaKind(file.name));
  return `#EXTM3U\n${media.map((file) => `#EXTINF:-1,${oneLine(file.name)}\n${file.url}\n`).join("")}`;
}

/** aria2c -i: the link, then its options indented: the file name, and the folder it goes in. */
function asAria2(files: readonly ExportFile[]): string {
  return files
    .map((file) => {
      const dir = [file.group, ...file.path].map(folderName).join("/");
      return `${file.url}\n  out=${folderName(file.name)}\n  dir=${dir}\n`;
    })
    .join("");
}

/**
 * JDownloader's folder watch: one job per file, key=value lines, jobs apart by a blank line. The
 * package is the magnet; a file in a sub-folder goes to that folder under the package's own.
 */
function asCrawljob(files: readonly ExportFile[]): string {
  return files
    .map((file) => {
      const lines = [`text=${file.url}`, `packageName=${oneLine(file.group)}`, `filename=${oneLine(file.name)}`];
      if (file.path.length) lines.push(`downloadFolder=<jd:packagename>/${file.path.map(folderName).join("/")}`);
      lines.push("enabled=TRUE", "autoStart=TRUE", "autoConfirm=TRUE");
      return `${lines.join("\n")}\n`;
    })
    .join("\n");
}

export interface ExportDocument {
  text: string;
  fileName: string;
  type: string;
}

/** The document of a format, named after `base` (a magnet's name, say). */
export function exportDocument(
  format: Exclude<ExportFormat, "text">,
  files: readonly ExportFile[],
  base: string,
): ExportDocument {
  const name = folderName(base) || "debrid-links";
  switch (format) {
    case "m3u":
      return { text: asM3u(files), fileName: `${name}.m3u`, type: "audio/x-mpegurl" };
    case "aria2":
      return { text: asAria2(files), fileName: `${name}.aria2.txt`, type: "text/plain" };
    case "crawljob":
      return { text: asCrawljob(files), fileName: `${name}.crawljob`, type: "text/plain" };
  }
}
