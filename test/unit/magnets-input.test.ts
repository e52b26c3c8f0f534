import { describe, expect, it } from "vitest";
import { isTorrentFile, parseMagnetInput } from "../../web/magnets/add-input";

const HASH = "842783e3005495d5d1637f5364b59343c7844707";

describe("the add magnets field", () => {
  it("takes magnet links and hashes one per line, once each, and lists what it cannot read", () => {
    const text = [
      `magnet:?xt=urn:btih:${HASH}&dn=ubuntu`,
      "",
      `  ${HASH.toUpperCase()}  `,
      "194257a7bf4eaea978f4b5b7fbd3b4efcdd99e43",
      "https://example.com/file.zip",
    ].join("\r\n");
    const parsed = parseMagnetInput(text);
    expect(parsed.magnets).toEqual([
      `magnet:?xt=urn:btih:${HASH}&dn=ubuntu`,
      "194257a7bf4eaea978f4b5b7fbd3b4efcdd99e43",
    ]);
    expect(parsed.invalid).toEqual(["https://example.com/file.zip"]);
  });

  it("says a magnet once when the same one is pasted as a link, a hex hash and a base32 hash", () => {
    // 842783e3… in base32.
    const base32 = "QQTYHYYAKSK5LULDP5JWJNMTIPDYIRYH";
    const parsed = parseMagnetInput([`magnet:?xt=urn:btih:${HASH}`, HASH, base32].join("\n"));
    expect(parsed.magnets).toEqual([`magnet:?xt=urn:btih:${HASH}`]);
  });

  it("recognises a .torrent by its name, its type, or its bencoded content", async () => {
    const file = (name: string, content: string, type = "") => Object.assign(new Blob([content], { type }), { name });
    await expect(isTorrentFile(file("ubuntu.torrent", "x"))).resolves.toBe(true);
    await expect(isTorrentFile(file("download", "x", "application/x-bittorrent"))).resolves.toBe(true);
    await expect(isTorrentFile(file("download.bin", "d8:announce35:udp://tracker"))).resolves.toBe(true);
    await expect(isTorrentFile(file("notes.txt", "hello"))).resolves.toBe(false);
  });
});
