// Reads a .torrent file: its info-hash (SHA-1 of the exact bytes of the `info` dictionary),
// name, total size and file list. Runs in the Worker, the browser and Node alike (Uint8Array and
// crypto.subtle only). A small bencode reader of its own, because the hash needs the byte span of
// `info` as it was sent: re-encoding would change the hash of torrents whose keys are not sorted.

export interface TorrentFile {
  /** Folders then file name, relative to the torrent's root. */
  path: string[];
  size: number;
}

export interface Torrent {
  /** Lower-case hex SHA-1 of the info dictionary (the v1 btih). */
  infoHash: string;
  name: string;
  /** Sum of the file sizes, in bytes. */
  size: number;
  /** One entry for a single-file torrent; padding files are left out. */
  files: TorrentFile[];
}

export type TorrentFailure =
  | "empty"
  | "not-bencode"
  | "not-a-dictionary"
  | "no-info"
  | "no-name"
  | "bad-size"
  | "bad-files"
  | "v2-only";

export type TorrentResult = { ok: true; torrent: Torrent } | { ok: false; failure: TorrentFailure; message: string };

type Value = number | Uint8Array | Value[] | Dictionary;

interface Dictionary {
  entries: Map<string, Value>;
  /** Where each value sits in the original bytes: [start, end). */
  spans: Map<string, [number, number]>;
}

class MalformedBencode extends Error {}

const MAX_DEPTH = 64;
const utf8 = new TextDecoder("utf-8");

/** Bencode reader over one buffer: each read returns the value and moves `position` past it. */
class Reader {
  position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  value(depth: number): Value {
    if (depth > MAX_DEPTH) throw new MalformedBencode("nested too deeply");
    const byte = this.bytes[this.position];
    if (byte === 0x69) return this.integer();
    if (byte === 0x6c) return this.list(depth);
    if (byte === 0x64) return this.dictionary(depth);
    if (byte !== undefined && byte >= 0x30 && byte <= 0x39) return this.string();
    throw new MalformedBencode(`unexpected byte at ${this.position}`);
  }

  private until(terminator: number): string {
    const end = this.bytes.indexOf(terminator, this.position);
    // A length or integer longer than this is garbage, not a torrent.
    if (end < 0 || end - this.position > 24) throw new MalformedBencode("unterminated value");
    const text = String.fromCharCode(...this.bytes.subarray(this.position, end));
    this.position = end + 1;
    return text;
  }

  private integer(): number {
    this.position++;
    const text = this.until(0x65);
    if (!/^(0|-?[1-9]\d*)$/.test(text)) throw new MalformedBencode(`bad integer "${text}"`);
    const number = Number(text);
    if (!Number.isSafeInteger(number)) throw new MalformedBencode("integer out of range");
    return number;
  }

  private string(): Uint8Array {
    const text = this.until(0x3a);
    if (!/^(0|[1-9]\d*)$/.test(text)) throw new MalformedBencode(`bad string length "${text}"`);
    const end = this.position + Number(text);
    if (end > this.bytes.length) throw new MalformedBencode("string runs past the end");
    const bytes = this.bytes.subarray(this.position, end);
    this.position = end;
    return bytes;
  }

  private list(depth: number): Value[] {
    this.position++;
    const items: Value[] = [];
    while (this.bytes[this.position] !== 0x65) {
      if (this.position >= this.bytes.length) throw new MalformedBencode("unterminated list");
      items.push(this.value(depth + 1));
    }
    this.position++;
    return items;
  }

  private dictionary(depth: number): Dictionary {
    this.position++;
    const dictionary: Dictionary = { entries: new Map(), spans: new Map() };
    while (this.bytes[this.position] !== 0x65) {
      if (this.position >= this.bytes.length) throw new MalformedBencode("unterminated dictionary");
      const key = utf8.decode(this.string());
      const start = this.position;
      dictionary.entries.set(key, this.value(depth + 1));
      dictionary.spans.set(key, [start, this.position]);
    }
    this.position++;
    return dictionary;
  }
}

function isDictionary(value: Value | undefined): value is Dictionary {
  return typeof value === "object" && !(value instanceof Uint8Array) && !Array.isArray(value);
}

function text(value: Value | undefined): string | undefined {
  return value instanceof Uint8Array ? utf8.decode(value) : undefined;
}

function size(value: Value | undefined): number | undefined {
  return typeof value === "number" && value >= 0 ? value : undefined;
}

class BadTorrent extends Error {
  constructor(
    readonly failure: TorrentFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Prefers the `.utf-8` variant some clients write beside a field. */
function field(dictionary: Dictionary, key: string): Value | undefined {
  return dictionary.entries.get(`${key}.utf-8`) ?? dictionary.entries.get(key);
}

function filesOf(info: Dictionary, name: string): TorrentFile[] {
  const list = info.entries.get("files");
  if (list === undefined) {
    const length = size(info.entries.get("length"));
    if (length === undefined) {
      if (info.entries.has("file tree")) throw new BadTorrent("v2-only", "BitTorrent v2-only torrents have no btih");
      throw new BadTorrent("bad-size", "The torrent has neither a length nor a file list");
    }
    return [{ path: [name], size: length }];
  }
  if (!Array.isArray(list) || list.length === 0) throw new BadTorrent("bad-files", "The file list is empty or invalid");
  const files: TorrentFile[] = [];
  for (const entry of list) {
    if (!isDictionary(entry)) throw new BadTorrent("bad-files", "A file entry is not a dictionary");
    const length = size(entry.entries.get("length"));
    const parts = field(entry, "path");
    if (length === undefined) throw new BadTorrent("bad-size", "A file has no valid length");
    const path = Array.isArray(parts) ? parts.map(text) : [];
    if (path.length === 0 || path.some((part) => part === undefined))
      throw new BadTorrent("bad-files", "A file has no valid path");
    // BEP 47 padding files only align pieces; nobody downloads them.
    if (text(entry.entries.get("attr"))?.includes("p")) continue;
    files.push({ path: path as string[], size: length });
  }
  return files;
}

async function sha1Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Parses a .torrent file; every way it can be wrong comes back as a typed failure. */
export async function parseTorrent(bytes: Uint8Array): Promise<TorrentResult> {
  try {
    if (bytes.length === 0) throw new BadTorrent("empty", "The file is empty");
    const reader = new Reader(bytes);
    let root: Value;
    try {
      root = reader.value(0);
    } catch (error) {
      if (error instanceof MalformedBencode) throw new BadTorrent("not-bencode", `Not bencoded data: ${error.message}`);
      throw error;
    }
    if (!isDictionary(root)) throw new BadTorrent("not-a-dictionary", "A torrent is a bencoded dictionary");
    const info = root.entries.get("info");
    const span = root.spans.get("info");
    if (!isDictionary(info) || !span) throw new BadTorrent("no-info", "The torrent has no info dictionary");
    const name = text(field(info, "name"));
    if (!name) throw new BadTorrent("no-name", "The torrent has no name");
    const files = filesOf(info, name);
    return {
      ok: true,
      torrent: {
        infoHash: await sha1Hex(bytes.slice(span[0], span[1])),
        name,
        size: files.reduce((sum, file) => sum + file.size, 0),
        files,
      },
    };
  } catch (error) {
    if (error instanceof BadTorrent) return { ok: false, failure: error.failure, message: error.message };
    throw error;
  }
}

const INFO_KEY = new TextEncoder().encode("4:info");

/**
 * A cheap look at the first bytes, for files that arrive with a generic MIME type: a bencoded
 * dictionary that starts with a string key and names an `info` dictionary early on.
 */
export function isTorrent(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x64 || bytes[1] === undefined || bytes[1] < 0x31 || bytes[1] > 0x39) return false;
  const head = bytes.subarray(0, 64 * 1024);
  for (let i = head.indexOf(0x34); i >= 0; i = head.indexOf(0x34, i + 1)) {
    if (INFO_KEY.every((byte, offset) => head[i + offset] === byte) && head[i + INFO_KEY.length] === 0x64) return true;
  }
  return false;
}

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** A btih as lower-case hex, whether it was given as 40 hex or 32 base32 characters. */
export function btihToHex(hash: string): string {
  const lower = hash.toLowerCase();
  if (/^[0-9a-f]{40}$/.test(lower)) return lower;
  if (!/^[a-z2-7]{32}$/.test(lower)) throw new RangeError("not a btih");
  let bits = "";
  for (const char of lower) bits += BASE32.indexOf(char).toString(2).padStart(5, "0");
  return (bits.match(/.{4}/g) ?? []).map((nibble) => Number.parseInt(nibble, 2).toString(16)).join("");
}
