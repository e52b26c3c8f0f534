// Helpers over a magnet's files tree (n/s/l/e nodes): how many files a folder holds and its
// size, so folders can say what they contain before they are opened.
import { type FileNode, isFolder } from "../../protocol/alldebrid";

export interface FolderSummary {
  files: number;
  size: number;
}

export function summarize(nodes: readonly FileNode[]): FolderSummary {
  let files = 0;
  let size = 0;
  for (const node of nodes) {
    if (isFolder(node)) {
      const inner = summarize(node.e);
      files += inner.files;
      size += inner.size;
    } else {
      files++;
      size += node.s;
    }
  }
  return { files, size };
}

/** Folders first, then files, each by name: /magnet/files does not keep a stable order. */
export function sortedNodes(nodes: readonly FileNode[]): FileNode[] {
  return [...nodes].sort((a, b) => {
    const folderFirst = Number(isFolder(b)) - Number(isFolder(a));
    return folderFirst || a.n.localeCompare(b.n, undefined, { numeric: true });
  });
}
