import { describe, expect, it } from "vitest";
import { type FileNode, type FolderNode, isFolder } from "../../protocol/alldebrid";
import {
  type EpisodeTag,
  filesInWatchOrder,
  filesToWatch,
  type MediaFile,
  orderedTree,
} from "../../protocol/media/file-order";

const file = (path: string, size: number): MediaFile => {
  const parts = path.split("/");
  return { name: parts.at(-1)!, size, folders: parts.slice(0, -1) };
};
const paths = (files: Array<{ file: MediaFile }>) =>
  files.map((entry) => [...entry.file.folders, entry.file.name].join("/"));

/** The files as a magnet's n/s/l/e tree: each folder once, entries in the order given. */
function treeOf(files: readonly MediaFile[]): FileNode[] {
  const root: FileNode[] = [];
  for (const { name, size, folders } of files) {
    let level = root;
    for (const folder of folders) {
      let node = level.find((entry): entry is FolderNode => isFolder(entry) && entry.n === folder);
      if (!node) {
        node = { n: folder, e: [] };
        level.push(node);
      }
      level = node.e;
    }
    level.push({ n: name, s: size, l: `link:${name}` });
  }
  return root;
}

/** Every file's path, in the order to watch them: as the files tree and the exports list them. */
const watchOrder = (files: readonly MediaFile[]) =>
  filesInWatchOrder(treeOf(files)).map((entry) => [...entry.path, entry.n].join("/"));

/** The episode the ordering reads in a video's name: the video alone, as a player is offered it. */
function episodeTag(name: string): EpisodeTag | null {
  const offered = filesToWatch([file(name, 1000)]);
  expect(offered, name).toHaveLength(1);
  return offered[0]!.episode;
}

describe("episode tags", () => {
  it("reads the usual ways of naming an episode", () => {
    expect(episodeTag("The.Expanse.S02E06.1080p.WEB-DL.mkv")).toEqual({ season: 2, episode: 6 });
    expect(episodeTag("show s1e10 720p.mp4")).toEqual({ season: 1, episode: 10 });
    expect(episodeTag("Show.S03.E04.mkv")).toEqual({ season: 3, episode: 4 });
    expect(episodeTag("Show 2x07 Title.avi")).toEqual({ season: 2, episode: 7 });
    expect(episodeTag("Show - Episode 12.mkv")).toEqual({ season: null, episode: 12 });
    expect(episodeTag("Show.E05.mkv")).toEqual({ season: null, episode: 5 });
    expect(episodeTag("[Group] Show - 05 [1080p].mkv")).toEqual({ season: null, episode: 5 });
  });

  it("takes no resolution, codec or year for an episode", () => {
    for (const name of [
      "Film.2008.1920x1080.x264.mkv",
      "Big.Buck.Bunny.2008.1080p.mkv",
      "Film - 2008.mkv",
      "Film - 720p.mkv",
      "Film.DDP5.1.H.264.mkv",
      "Film.E-AC3.mkv",
    ]) {
      expect(episodeTag(name), name).toBeNull();
    }
  });
});

describe("the order to watch a torrent's files in", () => {
  it("puts a season's episodes in order, whatever their sizes, then the sample, then the rest", () => {
    const season = [6, 2, 10, 1, 4, 8, 3, 9, 5, 7].map((episode) =>
      file(`The.Expanse.S02E${String(episode).padStart(2, "0")}.1080p.mkv`, 1_000_000 + episode * (episode % 3) * 1000),
    );
    const pack = [...season, file("Sample/The.Expanse.S02E01.sample.mkv", 50), file("info.nfo", 1)];
    expect(watchOrder(pack)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `The.Expanse.S02E${String(i + 1).padStart(2, "0")}.1080p.mkv`),
      "Sample/The.Expanse.S02E01.sample.mkv",
      "info.nfo",
    ]);
    expect(filesToWatch(pack).map((entry) => entry.role)).toEqual(Array.from({ length: 10 }, () => "episode"));
  });

  it("orders a pack of several seasons by season, then episode", () => {
    const order = watchOrder([
      file("S2/Show.S02E01.mkv", 5),
      file("S1/Show.S01E10.mkv", 5),
      file("S1/Show.S01E02.mkv", 9),
    ]);
    expect(order).toEqual(["S1/Show.S01E02.mkv", "S1/Show.S01E10.mkv", "S2/Show.S02E01.mkv"]);
  });

  it("puts a film's main file first, then its extras and sample, then what is not a video", () => {
    // Trailer.mkv is named after Sample/: were extras and samples alike, it would come after it.
    const pack = [
      file("README.txt", 2),
      file("Subs/English.srt", 40),
      file("Film.Behind.the.Scenes.mkv", 300),
      file("Trailer.mkv", 150),
      file("Sample/Film.sample.mkv", 20),
      file("Film.2008.1080p.mkv", 4000),
      file("Featurettes/Interview.mp4", 100),
      file("Clip.mkv", 200),
    ];
    expect(filesToWatch(pack).map((entry) => [...paths([entry]), entry.role])).toEqual([
      ["Film.2008.1080p.mkv", "main"],
    ]);
    expect(watchOrder(pack)).toEqual([
      "Film.2008.1080p.mkv",
      "Clip.mkv",
      "Featurettes/Interview.mp4",
      "Film.Behind.the.Scenes.mkv",
      "Trailer.mkv",
      "Sample/Film.sample.mkv",
      "README.txt",
      "Subs/English.srt",
    ]);
  });

  it("keeps the parts of a pack of alike videos, and an album's tracks, in name order", () => {
    const parts = filesToWatch([file("Film.CD2.avi", 700), file("Film.CD1.avi", 690)]);
    expect(paths(parts)).toEqual(["Film.CD1.avi", "Film.CD2.avi"]);
    expect(parts.every((entry) => entry.role === "part")).toBe(true);
    const album = filesToWatch([file("10 - Ten.flac", 90), file("2 - Two.flac", 300), file("1 - One.flac", 10)]);
    expect(paths(album)).toEqual(["1 - One.flac", "2 - Two.flac", "10 - Ten.flac"]);
    expect(album.every((entry) => entry.role === "part")).toBe(true);
  });

  it("offers a player the film, or the episodes, never samples, extras or other files", () => {
    const film = filesToWatch([file("Film.mkv", 4000), file("Sample/Film.sample.mkv", 20), file("Film.nfo", 1)]);
    expect(paths(film)).toEqual(["Film.mkv"]);
    const show = filesToWatch([
      file("Show.S01E02.mkv", 10),
      file("Show.S01E01.mkv", 9),
      file("Extras/Show.S01.Bloopers.mkv", 8),
      file("Trailer Park Boys S01E03.mkv", 7),
    ]);
    expect(paths(show)).toEqual(["Show.S01E01.mkv", "Show.S01E02.mkv", "Trailer Park Boys S01E03.mkv"]);
  });
});

describe("a files tree in watch order", () => {
  const leaf = (n: string, s: number): FileNode => ({ n, s, l: `link:${n}` });
  const tree: FileNode[] = [
    leaf("README.txt", 2),
    { n: "Subs", e: [leaf("English.srt", 10), { n: "Extras", e: [leaf("Commentary.srt", 100)] }] },
    { n: "Sample", e: [leaf("Show.S01E01.sample.mkv", 500)] },
    leaf("Show.S01E02.mkv", 9000),
    leaf("Show.S01E10.mkv", 9500),
    leaf("Show.S01E01.mkv", 8000),
  ];

  it("orders each folder by the best placed file under it", () => {
    expect(orderedTree(tree).map((node) => node.n)).toEqual([
      "Show.S01E01.mkv",
      "Show.S01E02.mkv",
      "Show.S01E10.mkv",
      "Sample",
      "README.txt",
      "Subs",
    ]);
  });

  it("gives every file, with its folders, in the order the tree shows them", () => {
    expect(filesInWatchOrder(tree).map((entry) => [...entry.path, entry.n].join("/"))).toEqual([
      "Show.S01E01.mkv",
      "Show.S01E02.mkv",
      "Show.S01E10.mkv",
      "Sample/Show.S01E01.sample.mkv",
      "README.txt",
      "Subs/English.srt",
      "Subs/Extras/Commentary.srt",
    ]);
    expect(filesInWatchOrder(tree)[0]).toEqual({ n: "Show.S01E01.mkv", s: 8000, l: "link:Show.S01E01.mkv", path: [] });
  });
});
