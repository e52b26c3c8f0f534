// The things a share holds, one per magnet, .torrent file or link, each with a stable key (the
// same payload always gives the same keys) and the actions that fit it.
import type { Torrent, TorrentFailure } from "../../protocol/torrent";

export interface MagnetItem {
  kind: "magnet";
  key: string;
  /** The magnet URI, or a bare info hash, as shared. */
  magnet: string;
  /** Lower-case hex. */
  hash: string;
  /** The magnet's `dn`, when it has one. */
  name?: string;
}

export interface TorrentItem {
  kind: "torrent";
  key: string;
  fileName: string;
  data: Blob;
  torrent: Torrent;
}

/** A web link AllDebrid can take (or might: "unknown" when no hosts catalogue is on the device). */
export interface WebLinkItem {
  kind: "host" | "stream" | "redirector" | "unknown";
  key: string;
  link: string;
  /** The service's name in the catalogue. */
  service?: string;
  /** False when AllDebrid reports the service down right now. */
  up?: boolean;
  /** For links a redirector gave back: the redirector link. */
  from?: string;
}

export interface UnsupportedLinkItem {
  kind: "unsupported";
  key: string;
  link: string;
}

/** A file that says it is a torrent (by name or type) but cannot be read as one. */
export interface BadTorrentItem {
  kind: "bad-torrent";
  key: string;
  fileName: string;
  failure: TorrentFailure;
}

/** A file that is neither a torrent nor text to look for links in. */
export interface OtherFileItem {
  kind: "other-file";
  key: string;
  fileName: string;
  type: string;
}

export type ShareItem = MagnetItem | TorrentItem | WebLinkItem | UnsupportedLinkItem | BadTorrentItem | OtherFileItem;

export type ShareAction = "add" | "unlock" | "save" | "expand";

/** The actions an item offers, the default (one tap, or automatic) first. */
export function actionsFor(item: ShareItem): ShareAction[] {
  switch (item.kind) {
    case "magnet":
    case "torrent":
      return ["add"];
    case "host":
    case "stream":
    case "unknown":
      return ["unlock", "save"];
    case "redirector":
      return ["expand"];
    default:
      return [];
  }
}

/** True for items nobody can act on: they only need to be explained. */
export function isInformational(item: ShareItem): boolean {
  return actionsFor(item).length === 0;
}
