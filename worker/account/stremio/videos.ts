// The videos of a Ready magnet that a player is offered, from its files tree: in watch order (a
// film's main file, a season's episodes in order, the other parts of a pack), samples, extras and
// what is not video left out; each with a key that hashes its path, since the order of
// /magnet/files answers is not stable.
import { type FileNode, flattenFiles } from "../../../protocol/alldebrid";
import { filesToWatch, type OrderedFile } from "../../../protocol/media/file-order";
import { mediaKind } from "../../../protocol/media/media-kind";
import type { OfferedVideo } from "./asks";

/** A video as the object keeps it: with its AllDebrid file link, which only the object unlocks. */
export interface StoredVideo extends OfferedVideo {
  link: string;
}

const encoder = new TextEncoder();

/** 16 hex characters of the SHA-256 of the file's path in the magnet. */
async function fileKey(path: readonly string[]): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(path.join("/"))));
  return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

export async function videosOf(tree: FileNode[]): Promise<StoredVideo[]> {
  const files = flattenFiles(tree).map((leaf) => ({ name: leaf.n, size: leaf.s, folders: leaf.path, link: leaf.l }));
  const watched = filesToWatch(files).filter(isPlayableVideo);
  return Promise.all(
    watched.map(async ({ file, role, episode }) => ({
      key: await fileKey([...file.folders, file.name]),
      name: file.name,
      size: file.size,
      role,
      season: episode?.season ?? null,
      episode: episode?.episode ?? null,
      link: file.link,
    })),
  );
}

/** A video a player is offered (filesToWatch gives only these roles; audio parts are left out). */
function isPlayableVideo<T extends { name: string; size: number; folders: readonly string[] }>(
  entry: OrderedFile<T>,
): entry is OrderedFile<T> & { role: OfferedVideo["role"] } {
  return (
    entry.role !== "extra" &&
    entry.role !== "sample" &&
    entry.role !== "other" &&
    mediaKind(entry.file.name) === "video"
  );
}

/** What leaves the object: everything but the AllDebrid link. */
export function offered(videos: readonly StoredVideo[]): OfferedVideo[] {
  return videos.map(({ link: _link, ...video }) => video);
}
