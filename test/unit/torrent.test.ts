import { createHash } from "node:crypto";
import bencode from "bencode";
import { describe, expect, it } from "vitest";
import { btihToHex, isTorrent, parseTorrent } from "../../protocol/torrent";

const encoder = new TextEncoder();

function sha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

function concat(...parts: Array<string | Uint8Array>): Uint8Array {
  const chunks = parts.map((part) => (typeof part === "string" ? encoder.encode(part) : part));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const pieces = new Uint8Array(20).fill(7);

describe("reading a .torrent file", () => {
  it("reads a single-file torrent's hash, name and size", async () => {
    const info = { length: 875773970, name: "ubuntu-18.04.2-live-server-amd64.iso", "piece length": 262144, pieces };
    const bytes = bencode.encode({ announce: "http://tracker.example/announce", info });
    const result = await parseTorrent(bytes);
    expect(result).toEqual({
      ok: true,
      torrent: {
        infoHash: sha1(bencode.encode(info)),
        name: "ubuntu-18.04.2-live-server-amd64.iso",
        size: 875773970,
        files: [{ path: ["ubuntu-18.04.2-live-server-amd64.iso"], size: 875773970 }],
      },
    });
  });

  it("reads a multi-file torrent's nested paths and sums their sizes, leaving padding files out", async () => {
    const info = {
      files: [
        { length: 1000, path: ["Movie.mkv"] },
        { length: 24, path: [".pad", "24"], attr: "p" },
        { length: 20, path: ["Subs", "English", "en.srt"] },
      ],
      name: "Movie (2024)",
      "piece length": 16384,
      pieces,
    };
    const result = await parseTorrent(bencode.encode({ info }));
    if (!result.ok) throw new Error(result.message);
    expect(result.torrent.infoHash).toBe(sha1(bencode.encode(info)));
    expect(result.torrent.size).toBe(1020);
    expect(result.torrent.files).toEqual([
      { path: ["Movie.mkv"], size: 1000 },
      { path: ["Subs", "English", "en.srt"], size: 20 },
    ]);
  });

  it("hashes the info dictionary's bytes as sent, even when its keys are not in canonical order", async () => {
    const info = concat("d4:name5:hello6:lengthi5e12:piece lengthi16384e6:pieces20:", pieces, "e");
    const result = await parseTorrent(concat("d8:announce3:abc4:info", info, "e"));
    if (!result.ok) throw new Error(result.message);
    expect(result.torrent.infoHash).toBe(sha1(info));
    expect(result.torrent.infoHash).not.toBe(
      sha1(bencode.encode(bencode.decode(info) as Parameters<typeof bencode.encode>[0])),
    );
  });

  it("prefers the name.utf-8 field when a torrent carries one", async () => {
    const info = { length: 1, name: "caf?", "name.utf-8": "café", "piece length": 1, pieces };
    const result = await parseTorrent(bencode.encode({ info }));
    expect(result.ok && result.torrent.name).toBe("café");
  });

  it.each([
    ["an empty file", new Uint8Array(), "empty"],
    ["a zip file", concat("PK\u0003\u0004 not a torrent"), "not-bencode"],
    ["truncated bencode", concat("d4:infod4:name"), "not-bencode"],
    ["a bencoded list", bencode.encode([1, 2]), "not-a-dictionary"],
    ["a dictionary without info", bencode.encode({ announce: "x" }), "no-info"],
    ["an info without name", bencode.encode({ info: { length: 5 } }), "no-name"],
    ["a negative length", bencode.encode({ info: { name: "a", length: -5 } }), "bad-size"],
    ["an empty file list", bencode.encode({ info: { name: "a", files: [] } }), "bad-files"],
    ["a file without a path", bencode.encode({ info: { name: "a", files: [{ length: 3 }] } }), "bad-files"],
    ["a v2-only torrent", bencode.encode({ info: { name: "a", "file tree": {}, "meta version": 2 } }), "v2-only"],
  ])("refuses %s with a typed failure", async (_label, bytes, failure) => {
    const result = await parseTorrent(bytes);
    expect(result).toMatchObject({ ok: false, failure });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });

  it("does not overflow the stack on deeply nested lists", async () => {
    const result = await parseTorrent(encoder.encode(`${"l".repeat(100_000)}${"e".repeat(100_000)}`));
    expect(result).toMatchObject({ ok: false, failure: "not-bencode" });
  });
});

describe("recognising a torrent by its content", () => {
  it("accepts a torrent and refuses other files", () => {
    expect(isTorrent(bencode.encode({ announce: "x", info: { name: "a", length: 1 } }))).toBe(true);
    expect(isTorrent(encoder.encode("<html>4:infod</html>"))).toBe(false);
    expect(isTorrent(bencode.encode({ announce: "x" }))).toBe(false);
    expect(isTorrent(new Uint8Array())).toBe(false);
  });
});

describe("btih forms", () => {
  it("turns a base32 hash into the same hex hash", () => {
    const hex = "842783e3005495d5d1637f5364b59343c7844707";
    const base32 = "QQTYHYYAKSK5LULDP5JWJNMTIPDYIRYH";
    expect(btihToHex(base32)).toBe(hex);
    expect(btihToHex(hex.toUpperCase())).toBe(hex);
    expect(() => btihToHex("abc")).toThrow(RangeError);
  });
});
