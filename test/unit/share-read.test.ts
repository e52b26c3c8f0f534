import { createHash } from "node:crypto";
import bencode from "bencode";
import { describe, expect, it } from "vitest";
import type { HostsData } from "../../protocol/alldebrid";
import type { SharedPayload } from "../../web/offline/schema";
import { actionsFor, type ShareItem } from "../../web/share/items";
import { readShare } from "../../web/share/read";

const hosts: HostsData = {
  hosts: {
    mega: {
      name: "mega",
      type: "premium",
      domains: ["mega.nz"],
      regexp: "mega\\.nz\\/file\\/(?P<id>[0-9a-zA-Z_-]{8,})",
      status: true,
    },
  },
  redirectors: {
    linkprotect: {
      name: "linkprotect",
      type: "premium",
      domains: ["protect.example"],
      regexp: "protect\\.example\\/go\\/\\w+",
    },
  },
};

const HASH_A = "842783e3005495d5d1637f5364b59343c7844707";
const HASH_B = "194257a7bf4eaea978f4b5b7fbd3b4efcdd99e43";

function share(fields: Partial<SharedPayload>): SharedPayload {
  return { id: "s1", receivedAt: 0, title: "", text: "", url: "", files: [], ...fields };
}

function torrentBytes(name: string, length = 1234): Uint8Array {
  return bencode.encode({ info: { length, name, "piece length": 16384, pieces: new Uint8Array(20) } });
}

function infoHash(bytes: Uint8Array): string {
  const info = bencode.encode((bencode.decode(bytes) as { info: Parameters<typeof bencode.encode>[0] }).info);
  return createHash("sha1").update(info).digest("hex");
}

function file(name: string, type: string, bytes: Uint8Array | string): SharedPayload["files"][number] {
  return { name, type, data: new Blob([bytes as BlobPart], { type }) };
}

const kinds = (items: ShareItem[]) => items.map((item) => item.kind);

describe("reading what was shared", () => {
  it("finds the links Android puts in text, beside the title and url", async () => {
    const items = await readShare(
      share({
        title: `Ubuntu magnet:?xt=urn:btih:${HASH_A}&dn=ubuntu.iso`,
        text: `Two for you: magnet:?xt=urn:btih:${HASH_B}&dn=debian.iso and https://mega.nz/file/abcdefgh123.`,
        url: "https://protect.example/go/xyz",
      }),
      hosts,
    );
    expect(items).toEqual([
      expect.objectContaining({ kind: "magnet", hash: HASH_A, name: "ubuntu.iso" }),
      expect.objectContaining({ kind: "magnet", hash: HASH_B, name: "debian.iso" }),
      expect.objectContaining({ kind: "host", link: "https://mega.nz/file/abcdefgh123", service: "mega" }),
      expect.objectContaining({ kind: "redirector", link: "https://protect.example/go/xyz" }),
    ]);
  });

  it("lists a magnet shared twice once, even when one copy uses the base32 hash", async () => {
    const base32 = "QQTYHYYAKSK5LULDP5JWJNMTIPDYIRYH";
    const items = await readShare(
      share({
        text: `magnet:?xt=urn:btih:${HASH_A} again magnet:?xt=urn:btih:${HASH_A}`,
        url: `magnet:?xt=urn:btih:${base32}`,
      }),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "magnet", hash: HASH_A });
  });

  it("lists the same link found in text and url once", async () => {
    const link = "https://mega.nz/file/abcdefgh123";
    const items = await readShare(share({ text: `look ${link}`, url: link }), hosts);
    expect(items).toHaveLength(1);
  });

  it("reads a .torrent file's name, size and info-hash before any upload", async () => {
    const bytes = torrentBytes("ubuntu.iso", 875773970);
    const [item] = await readShare(share({ files: [file("ubuntu.torrent", "application/x-bittorrent", bytes)] }));
    expect(item).toMatchObject({
      kind: "torrent",
      fileName: "ubuntu.torrent",
      torrent: { name: "ubuntu.iso", size: 875773970, infoHash: infoHash(bytes) },
    });
  });

  it("recognises a torrent sent with a generic type and no .torrent name by its content", async () => {
    const bytes = torrentBytes("debian.iso");
    const [item] = await readShare(share({ files: [file("download", "application/octet-stream", bytes)] }));
    expect(item).toMatchObject({ kind: "torrent", torrent: { name: "debian.iso" } });
  });

  it("explains a malformed .torrent and keeps the rest of the share", async () => {
    const items = await readShare(
      share({
        text: `magnet:?xt=urn:btih:${HASH_A}`,
        files: [file("broken.torrent", "application/octet-stream", "d4:infoi3e")],
      }),
    );
    expect(kinds(items)).toEqual(["bad-torrent", "magnet"]);
    expect(items[0]).toMatchObject({ fileName: "broken.torrent", failure: "not-bencode" });
  });

  it("says a file that is not a torrent is not one, without reading it as one", async () => {
    const items = await readShare(share({ files: [file("photo.jpg", "image/jpeg", new Uint8Array([0xff, 0xd8]))] }));
    expect(items).toEqual([expect.objectContaining({ kind: "other-file", fileName: "photo.jpg" })]);
  });

  it("looks for links inside a shared text file", async () => {
    const items = await readShare(share({ files: [file("links.txt", "text/plain", `magnet:?xt=urn:btih:${HASH_B}`)] }));
    expect(items).toEqual([expect.objectContaining({ kind: "magnet", hash: HASH_B })]);
  });

  it("keeps a torrent rather than the same torrent's magnet", async () => {
    const bytes = torrentBytes("same.iso");
    const items = await readShare(
      share({ text: `magnet:?xt=urn:btih:${infoHash(bytes)}`, files: [file("same.torrent", "", bytes)] }),
    );
    expect(kinds(items)).toEqual(["torrent"]);
  });

  it("marks links no service takes as unsupported, and links without a catalogue as unknown", async () => {
    const text = "https://example.org/page and https://mega.nz/file/abcdefgh123";
    expect(kinds(await readShare(share({ text }), hosts))).toEqual(["unsupported", "host"]);
    expect(kinds(await readShare(share({ text }), null))).toEqual(["unknown", "unknown"]);
  });

  it("finds nothing in an empty share", async () => {
    expect(await readShare(share({ title: "A page", text: "nothing to see" }), hosts)).toEqual([]);
  });

  it("adds the links a redirector gave back as links to unlock", async () => {
    const expanded = { "link:https://protect.example/go/xyz": ["https://redirect.alldebrid.com/mnsaj-0-ab"] };
    const items = await readShare(share({ url: "https://protect.example/go/xyz", expanded }), hosts);
    expect(items).toEqual([
      expect.objectContaining({ kind: "redirector", link: "https://protect.example/go/xyz" }),
      expect.objectContaining({
        kind: "host",
        link: "https://redirect.alldebrid.com/mnsaj-0-ab",
        from: "https://protect.example/go/xyz",
      }),
    ]);
  });

  it("offers the fitting action first: add, unlock (or save), expand, or none", async () => {
    const items = await readShare(
      share({
        text: `magnet:?xt=urn:btih:${HASH_A} https://mega.nz/file/abcdefgh123 https://protect.example/go/xyz https://example.org/x`,
      }),
      hosts,
    );
    expect(items.map(actionsFor)).toEqual([["add"], ["unlock", "save"], ["expand"], []]);
  });
});
