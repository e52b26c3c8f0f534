// The export files, line by line, for a magnet with nested folders: plain text, M3U (media only,
// named, in order), aria2's input file (URI, then out= and dir=) and JDownloader's .crawljob.
import { describe, expect, it } from "vitest";
import { asText, type ExportFile, exportDocument } from "../../web/export/formats";

/** The text of a format's document, as the export menu saves it. */
const asM3u = (files: readonly ExportFile[]) => exportDocument("m3u", files, "pack").text;
const asAria2 = (files: readonly ExportFile[]) => exportDocument("aria2", files, "pack").text;
const asCrawljob = (files: readonly ExportFile[]) => exportDocument("crawljob", files, "pack").text;

const files: ExportFile[] = [
  { url: "https://dl/1/Film.mkv", name: "Film.mkv", group: "Film (2008)", path: [] },
  { url: "https://dl/2/README.txt", name: "README.txt", group: "Film (2008)", path: [] },
  { url: "https://dl/3/Film.sample.mkv", name: "Film.sample.mkv", group: "Film (2008)", path: ["Sample"] },
  { url: "https://dl/4/Commentary.srt", name: "Commentary.srt", group: "Film (2008)", path: ["Subs", "Extras"] },
];

describe("exported links", () => {
  it("as text: one link a line, in order", () => {
    expect(asText(files).split("\n")).toEqual([
      "https://dl/1/Film.mkv",
      "https://dl/2/README.txt",
      "https://dl/3/Film.sample.mkv",
      "https://dl/4/Commentary.srt",
      "",
    ]);
  });

  it("as an M3U playlist: the video and audio files only, each named", () => {
    expect(asM3u(files).split("\n")).toEqual([
      "#EXTM3U",
      "#EXTINF:-1,Film.mkv",
      "https://dl/1/Film.mkv",
      "#EXTINF:-1,Film.sample.mkv",
      "https://dl/3/Film.sample.mkv",
      "",
    ]);
  });

  it("as an aria2 input file: each link, then its name and its folder under the magnet's", () => {
    expect(asAria2(files).split("\n")).toEqual([
      "https://dl/1/Film.mkv",
      "  out=Film.mkv",
      "  dir=Film (2008)",
      "https://dl/2/README.txt",
      "  out=README.txt",
      "  dir=Film (2008)",
      "https://dl/3/Film.sample.mkv",
      "  out=Film.sample.mkv",
      "  dir=Film (2008)/Sample",
      "https://dl/4/Commentary.srt",
      "  out=Commentary.srt",
      "  dir=Film (2008)/Subs/Extras",
      "",
    ]);
  });

  it("as a JDownloader crawljob: one job per file, a blank line apart, sub-folders under the package's", () => {
    const jobs = asCrawljob(files.slice(2)).split("\n");
    expect(jobs).toEqual([
      "text=https://dl/3/Film.sample.mkv",
      "packageName=Film (2008)",
      "filename=Film.sample.mkv",
      "downloadFolder=<jd:packagename>/Sample",
      "enabled=TRUE",
      "autoStart=TRUE",
      "autoConfirm=TRUE",
      "",
      "text=https://dl/4/Commentary.srt",
      "packageName=Film (2008)",
      "filename=Commentary.srt",
      "downloadFolder=<jd:packagename>/Subs/Extras",
      "enabled=TRUE",
      "autoStart=TRUE",
      "autoConfirm=TRUE",
      "",
    ]);
  });

  it("keeps names on one line and folders free of separators", () => {
    const odd = [{ url: "https://dl/x", name: "a\nb.mkv", group: "One/Two", path: ["..", "c:d"] }];
    expect(asAria2(odd)).toBe("https://dl/x\n  out=a b.mkv\n  dir=One_Two/_/c_d\n");
  });

  it("names each file after what is exported", () => {
    expect(exportDocument("m3u", files, "Film (2008)").fileName).toBe("Film (2008).m3u");
    expect(exportDocument("aria2", files, "Film (2008)").fileName).toBe("Film (2008).aria2.txt");
    expect(exportDocument("crawljob", files, "a/b").fileName).toBe("a_b.crawljob");
  });
});
