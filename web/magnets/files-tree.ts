// Helpers over a magnet's files tree (n/s/l/e nodes): how many files a folder holds and its
// size, so folders can say what they contain before they are opened; and the order files are
// shown, copied and exported in.
import { type FileLeaf, type FileNode, isFolder } from "../../protocol/alldebrid";

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

/** Made on first use, not when the screen's code loads: a collator takes long to make. */
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string) => {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  return collator.compare(a, b);
};

/**
 * A folder's entries as shown: its files first, the biggest first (the film, the archive, then
 * the sample and the subtitles), then its folders by name. /magnet/files keeps no stable order.
 */
export function sortedNodes(nodes: readonly FileNode[]): FileNode[] {
  return [...nodes].sort((a, b) => {
    const aFolder = isFolder(a);
    const bFolder = isFolder(b);
    if (aFolder !== bFolder) return aFolder ? 1 : -1;
    if (!aFolder && !bFolder && a.s !== b.s) return b.s - a.s;
    return byName(a.n, b.n);
  });
}

/** Every file in the order the tree shows them, with the folders it sits in. */
export function filesInOrder(nodes: readonly FileNode[], path: string[] = []): Array<FileLeaf & { path: string[] }> {
  return sortedNodes(nodes).flatMap((node) =>
    isFolder(node) ? filesInOrder(node.e, [...path, node.n]) : [{ ...node, path }],
  );
}
