// A magnet's files as the n/s/l/e tree, with download links of the form the real service uses
// (https://alldebrid.com/f/<token>), and the way back from such a link to the file it names, for
// /v4/link/unlock. A token is m<magnet id>-<file index>-<first 8 characters of the hash>.
import type { FileNode, FolderNode } from "../../../protocol/alldebrid";
import type { TorrentFile } from "../../../protocol/torrent";
import { generatedFiles } from "./fate";
import { findMagnetAnyAccount, type StoredMagnet } from "./store";

const FILE_LINK_PREFIX = "https://alldebrid.com/f/";
/** What link/infos, link/unlock and the saved links call the host of a magnet's file. */
export const MAGNET_FILE_HOST = { name: "magnet", domain: "alldebrid.com" } as const;
const TOKEN = /^m(\d{1,15})-(\d{1,6})-([0-9a-f]{8})$/;

function filesOf(magnet: StoredMagnet): TorrentFile[] {
  return magnet.files ?? generatedFiles(magnet.hash, magnet.name, magnet.size);
}

function fileLink(magnet: StoredMagnet, index: number): string {
  return `${FILE_LINK_PREFIX}m${magnet.id}-${index}-${magnet.hash.slice(0, 8)}`;
}

/** Folders in first-seen order, files where the torrent lists them. */
function buildTree<Leaf extends FileNode>(files: TorrentFile[], leaf: (file: TorrentFile, index: number) => Leaf) {
  const root: FolderNode = { n: "", e: [] };
  files.forEach((file, index) => {
    let folder = root;
    for (const name of file.path.slice(0, -1)) {
      let next = folder.e.find((node): node is FolderNode => "e" in node && node.n === name);
      if (!next) {
        next = { n: name, e: [] };
        folder.e.push(next);
      }
      folder = next;
    }
    folder.e.push(leaf(file, index));
  });
  return root.e;
}

/** The tree /v4/magnet/files answers: every file with its size and link. */
export function filesTree(magnet: StoredMagnet): FileNode[] {
  return buildTree(filesOf(magnet), (file, index) => ({
    n: file.path.at(-1) ?? magnet.name,
    s: file.size,
    l: fileLink(magnet, index),
  }));
}

export interface MagnetFile {
  /** The account that owns the magnet. */
  apikey: string;
  magnetId: number;
  filename: string;
  size: number;
}

/** The file behind a link when it is one of `apikey`'s own magnets, else null (to anyone else it is any unknown link). */
export function ownMagnetFileOfLink(sql: SqlStorage, apikey: string, link: string): MagnetFile | null {
  const file = magnetFileOfLink(sql, link);
  return file && file.apikey === apikey ? file : null;
}

/**
 * The file a sandbox magnet link points to, or null when the link is not one, or its magnet was
 * deleted. Readiness is not checked here: links are only handed out for Ready magnets.
 */
function magnetFileOfLink(sql: SqlStorage, link: string): MagnetFile | null {
  if (!link.startsWith(FILE_LINK_PREFIX)) return null;
  const match = TOKEN.exec(link.slice(FILE_LINK_PREFIX.length));
  if (!match) return null;
  const magnet = findMagnetAnyAccount(sql, Number(match[1]));
  if (!magnet?.hash.startsWith(match[3] ?? "")) return null;
  const file = filesOf(magnet)[Number(match[2])];
  if (!file) return null;
  return { apikey: magnet.apikey, magnetId: magnet.id, filename: file.path.at(-1) ?? magnet.name, size: file.size };
}
