// How many files a folder of a magnet's files tree (n/s/l/e nodes) holds and its size, so
// folders can say what they contain before they are opened. The order files are shown, copied
// and exported in is protocol/media/file-order.ts's.
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
