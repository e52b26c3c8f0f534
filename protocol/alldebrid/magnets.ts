// Magnets as AllDebrid describes them: status codes 0 to 15 and their groups, the status
// object (full or as a live-mode diff), the n/s/l/e files tree, and the magnet endpoints' answers.
import type { ItemError } from "./envelope";
import type { MessageData } from "./links";

export type MagnetGroup = "processing" | "ready" | "error";

export const MAGNET_STATUSES = {
  0: { group: "processing", status: "In Queue." },
  1: { group: "processing", status: "Downloading." },
  2: { group: "processing", status: "Compressing / Moving." },
  3: { group: "processing", status: "Uploading." },
  4: { group: "ready", status: "Ready." },
  5: { group: "error", status: "Upload fail." },
  6: { group: "error", status: "Internal error on unpacking." },
  7: { group: "error", status: "Not downloaded in 20 min." },
  8: { group: "error", status: "File too big." },
  9: { group: "error", status: "Internal error." },
  10: { group: "error", status: "Download took more than 72h." },
  /** The documentation's "Deleted on the hoster website"; the service says this since 2026 (real-world-notes). */
  11: { group: "error", status: "Expired - files removed" },
  12: { group: "error", status: "Proccessing failed" },
  13: { group: "error", status: "Proccessing failed" },
  14: { group: "error", status: "Error while contacting tracker" },
  15: { group: "error", status: "File not available - no peer" },
} as const satisfies Record<number, { group: MagnetGroup; status: string }>;

export type MagnetStatusCode = keyof typeof MAGNET_STATUSES;

/** The group of any status code; codes the docs do not list yet count as errors. */
export function magnetGroup(statusCode: number): MagnetGroup {
  const known = MAGNET_STATUSES[statusCode as MagnetStatusCode];
  return known ? known.group : "error";
}

/** The `status` filter of /v4.1/magnet/status. */
export type MagnetStatusFilter = "active" | "ready" | "expired" | "error";

/** One magnet as /v4.1/magnet/status lists it (no files: those come from /v4/magnet/files). */
export interface Magnet {
  id: number;
  filename: string;
  size: number;
  status: string;
  statusCode: number;
  downloaded?: number;
  uploaded?: number;
  seeders?: number;
  downloadSpeed?: number;
  uploadSpeed?: number;
  uploadDate: number;
  completionDate: number;
  /** Some responses carry it while processing. */
  processingPerc?: number;
  /** The info hash, when the answer carries it (the app also remembers those of its own uploads). */
  hash?: string;
  /** Only when one magnet is asked for by id on the deprecated /v4/magnet/status. */
  files?: FileNode[];
}

/** A live-mode diff: the id and only the fields that changed, or a removal. */
export type MagnetChange = ({ id: number } & Partial<Omit<Magnet, "id">>) | MagnetRemoval;

export interface MagnetRemoval {
  id: number;
  deleted: true;
}

export function isRemoval(change: MagnetChange): change is MagnetRemoval {
  return "deleted" in change && change.deleted === true;
}

export interface FileLeaf {
  /** file name */
  n: string;
  /** size in bytes */
  s: number;
  /** download link (a string, to unlock with /v4/link/unlock) */
  l: string;
}

export interface FolderNode {
  /** folder name */
  n: string;
  /** entries */
  e: FileNode[];
}

export type FileNode = FileLeaf | FolderNode;

export function isFolder(node: FileNode): node is FolderNode {
  return "e" in node && Array.isArray(node.e);
}

/** Every file of a tree, depth first, with its folder path. */
export function flattenFiles(nodes: FileNode[], path: string[] = []): Array<FileLeaf & { path: string[] }> {
  const out: Array<FileLeaf & { path: string[] }> = [];
  for (const node of nodes) {
    if (isFolder(node)) out.push(...flattenFiles(node.e, [...path, node.n]));
    else out.push({ ...node, path });
  }
  return out;
}

/** A btih info-hash: 40 hex or 32 base32 characters. */
export const INFO_HASH = /^(?:[0-9a-fA-F]{40}|[A-Za-z2-7]{32})$/;

/** The info-hash of a magnet URI or a bare hash, lower-case hex or base32 as given; null if none. */
export function infoHashOf(magnetOrHash: string): string | null {
  const text = magnetOrHash.trim();
  if (INFO_HASH.test(text)) return text.toLowerCase();
  if (!/^magnet:\?/i.test(text)) return null;
  const match = /[?&]xt=urn:btih:([^&]+)/i.exec(text);
  const hash = match?.[1] ? decodeURIComponent(match[1]) : "";
  return INFO_HASH.test(hash) ? hash.toLowerCase() : null;
}

export interface UploadedMagnet {
  magnet: string;
  hash: string;
  name: string;
  size: number;
  ready: boolean;
  id: number;
}

export interface UploadedFile {
  file: string;
  hash: string;
  name: string;
  size: number;
  ready: boolean;
  id: number;
}

export interface MagnetStatusData {
  magnets: Magnet[] | Magnet;
  /** Live mode only. */
  counter?: number;
  fullsync?: boolean;
}

export interface MagnetLiveData {
  magnets: MagnetChange[];
  counter: number;
  fullsync?: boolean;
}

export interface MagnetFilesData {
  magnets: Array<{ id: string; files: FileNode[] } | ({ id: string } & ItemError)>;
}

export type RestartData =
  | MessageData
  | { magnets: Array<{ magnet: string; message: string } | ({ magnet: string } & ItemError)> };
