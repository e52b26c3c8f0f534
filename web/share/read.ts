// Reads a share into items: links and magnets from title, text and url together (Android puts
// URLs in `text`), plus each file, a .torrent recognised by its name, its type or its content.
// Pure (Blob, crypto.subtle): the share screen and the unit tests run the same code.
import type { HostsData } from "../../protocol/alldebrid";
import { btihToHex, isTorrent, parseTorrent } from "../../protocol/torrent";
import { detectLinks, magnetName } from "../hosts/detect";
import type { SharedPayload } from "../offline/schema";
import type { ShareItem } from "./items";

/** Text files shared by mistake can be huge; a list of links is not. */
const MAX_TEXT_FILE = 256 * 1024;

const TORRENT_TYPES = new Set(["application/x-bittorrent", "application/x-torrent"]);

export async function readShare(payload: SharedPayload, hosts?: HostsData | null): Promise<ShareItem[]> {
  const items: ShareItem[] = [];
  const texts = [payload.title, payload.text, payload.url];
  for (const [index, file] of payload.files.entries()) {
    const fileItems = await readFile(file, index, texts);
    items.push(...fileItems);
  }
  items.push(...linkItems(texts.join("\n"), hosts));
  for (const [redirectorKey, links] of Object.entries(payload.expanded ?? {})) {
    const from = redirectorKey.replace(/^link:/, "");
    for (const link of links) items.push({ kind: "host", key: `link:${link}`, link, from });
  }
  return withoutRepeats(items);
}

/** A file is one item, unless it is text: then the links in it join the share's text. */
async function readFile(file: SharedPayload["files"][number], index: number, texts: string[]): Promise<ShareItem[]> {
  const bytes = new Uint8Array(await file.data.arrayBuffer());
  const claimsTorrent = /\.torrent$/i.test(file.name) || TORRENT_TYPES.has(file.type.toLowerCase());
  if (claimsTorrent || isTorrent(bytes)) {
    const result = await parseTorrent(bytes);
    if (result.ok) {
      const { torrent } = result;
      return [{ kind: "torrent", key: `torrent:${torrent.infoHash}`, fileName: file.name, data: file.data, torrent }];
    }
    return [{ kind: "bad-torrent", key: `file:${index}:${file.name}`, fileName: file.name, failure: result.failure }];
  }
  if (file.type.startsWith("text/") && bytes.length <= MAX_TEXT_FILE) {
    texts.push(new TextDecoder().decode(bytes));
    return [];
  }
  return [{ kind: "other-file", key: `file:${index}:${file.name}`, fileName: file.name, type: file.type }];
}

function linkItems(text: string, hosts?: HostsData | null): ShareItem[] {
  return detectLinks(text, hosts).map((detected): ShareItem => {
    const { link, kind } = detected;
    if (kind === "magnet") {
      const hash = btihToHex(detected.hash!);
      return { kind, key: `magnet:${hash}`, magnet: link, hash, name: magnetName(link) };
    }
    if (kind === "unsupported") return { kind, key: `link:${link}`, link };
    return { kind, key: `link:${link}`, link, service: detected.service, up: detected.up };
  });
}

/** Each magnet, torrent and link once; a magnet whose torrent file came along is the torrent. */
function withoutRepeats(items: ShareItem[]): ShareItem[] {
  const seen = new Set<string>();
  const torrentHashes = new Set(items.flatMap((item) => (item.kind === "torrent" ? [item.torrent.infoHash] : [])));
  return items.filter((item) => {
    if (seen.has(item.key)) return false;
    if (item.kind === "magnet" && torrentHashes.has(item.hash)) return false;
    seen.add(item.key);
    return true;
  });
}
