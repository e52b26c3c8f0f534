// Reads what a person pastes into "Add magnets" (magnet links or info-hashes, one per line)
// and tells .torrent files apart from other dropped files.
import { infoHashOf } from "../../protocol/alldebrid";
import { btihToHex } from "../../protocol/torrent";

export interface ParsedMagnets {
  /** Each magnet once (by its info hash, hex or base32 alike), as first typed. */
  magnets: string[];
  /** Lines that are neither. */
  invalid: string[];
}

export function parseMagnetInput(text: string): ParsedMagnets {
  const magnets: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const entry = line.trim();
    if (!entry) continue;
    const hash = infoHashOf(entry);
    if (!hash) {
      invalid.push(entry);
      continue;
    }
    const hex = btihToHex(hash);
    if (seen.has(hex)) continue;
    seen.add(hex);
    magnets.push(entry);
  }
  return { magnets, invalid };
}

/** A bencoded dictionary starts with "d" then a length-prefixed key such as "8:announce" or "4:info". */
const BENCODE_START = /^d\d+:/;

/** Share sheets and some systems give .torrent files a generic type: look at the name, then the bytes. */
export async function isTorrentFile(file: Blob & { name: string }): Promise<boolean> {
  if (/\.torrent$/i.test(file.name) || file.type === "application/x-bittorrent") return true;
  const head = new TextDecoder("latin1").decode(await file.slice(0, 16).arrayBuffer());
  return BENCODE_START.test(head);
}
