import bencode from "bencode";
import { describe, expect, it } from "vitest";
import { call, newKey } from "./sandbox-magnets-client";

interface FileItem {
  file: string;
  name: string;
  size: number;
  hash: string;
  ready: boolean;
  id: number;
  error?: { code: string; message: string };
}

async function sha1Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const pieces = new Uint8Array(40).fill(9);

/** A .torrent with a random `source` in its info, so each test gets its own info-hash. */
function torrent(info: Record<string, unknown>): { bytes: Uint8Array<ArrayBuffer>; info: Uint8Array<ArrayBuffer> } {
  const full = { ...info, "piece length": 262144, pieces, source: crypto.randomUUID() } as Parameters<
    typeof bencode.encode
  >[0];
  const infoBytes = new Uint8Array(bencode.encode(full));
  const bytes = new Uint8Array(
    bencode.encode({ announce: "udp://tracker.example:80", "creation date": 1, info: full }),
  );
  return { bytes, info: infoBytes };
}

/** Rebuilds the torrent until its info-hash starts with "0", which the sandbox makes ready at once. */
async function readyTorrent(info: Record<string, unknown>) {
  for (;;) {
    const built = torrent(info);
    if ((await sha1Hex(built.info)).startsWith("0")) return built;
  }
}

async function uploadFiles(key: string, files: File[]) {
  return call<{ files: FileItem[] }>("/v4.1/magnet/upload/file", key, {}, files);
}

describe("uploading .torrent files", { timeout: 20_000 }, () => {
  it("reads a single-file torrent's info-hash, name and size", async () => {
    const { bytes, info } = torrent({ name: "ubuntu-18.04.2-live-server-amd64.iso", length: 875773970 });
    const answer = await uploadFiles(newKey(), [
      new File([bytes], "ubuntu.torrent", { type: "application/x-bittorrent" }),
    ]);
    const [item] = answer.data.files;
    expect(Object.keys(item ?? {})).toEqual(["file", "name", "size", "hash", "ready", "id"]);
    expect(item).toMatchObject({
      file: "ubuntu.torrent",
      name: "ubuntu-18.04.2-live-server-amd64.iso",
      size: 875773970,
      hash: await sha1Hex(info),
    });
  });

  it("reads a multi-file torrent, sums its sizes and keeps its folders in the files tree", async () => {
    const key = newKey();
    const files = [
      { length: 700_000_000, path: ["Movie.mkv"] },
      { length: 40_000, path: ["Subs", "English", "en.srt"] },
      { length: 1_000, path: ["Subs", "fr.srt"] },
    ];
    const { bytes, info } = await readyTorrent({ name: "Movie (2024)", files });
    // A generic MIME type, as share sheets often send.
    const answer = await uploadFiles(key, [new File([bytes], "movie.torrent", { type: "application/octet-stream" })]);
    const [item] = answer.data.files;
    expect(item).toMatchObject({ name: "Movie (2024)", size: 700_041_000, hash: await sha1Hex(info), ready: true });

    const tree = await call<{ magnets: Array<{ id: string; files: unknown }> }>("/v4.1/magnet/files", key, {
      id: [item?.id ?? 0],
    });
    const link = expect.stringMatching(/^https:\/\/alldebrid\.com\/f\/\S+$/);
    expect(tree.data.magnets).toEqual([
      {
        id: String(item?.id),
        files: [
          { n: "Movie.mkv", s: 700_000_000, l: link },
          {
            n: "Subs",
            e: [
              { n: "English", e: [{ n: "en.srt", s: 40_000, l: link }] },
              { n: "fr.srt", s: 1_000, l: link },
            ],
          },
        ],
      },
    ]);
  });

  it("answers MAGNET_INVALID_FILE for a file that is not a torrent, beside a good one", async () => {
    const { bytes } = torrent({ name: "good.iso", length: 10 });
    const answer = await uploadFiles(newKey(), [
      new File([bytes], "good.torrent"),
      new File(["PK\u0003\u0004 zip bytes"], "not.a.torrent.zip"),
      new File([], "empty.torrent"),
    ]);
    const [good, zip, empty] = answer.data.files;
    expect(good?.id).toBeGreaterThan(0);
    expect(zip).toEqual({
      file: "not.a.torrent.zip",
      error: { code: "MAGNET_INVALID_FILE", message: "File is not a valid torrent" },
    });
    expect(empty?.error?.code).toBe("MAGNET_INVALID_FILE");
  });

  it("answers MAGNET_FILE_UPLOAD_FAILED when no file arrives", async () => {
    const answer = await call("/v4.1/magnet/upload/file", newKey(), { note: "no file" });
    expect(answer).toMatchObject({ status: "error", error: { code: "MAGNET_FILE_UPLOAD_FAILED" } });
  });

  it("gives back the magnet already there when a torrent's hash was uploaded as a magnet", async () => {
    const key = newKey();
    const { bytes, info } = torrent({ name: "same.iso", length: 123 });
    const hash = await sha1Hex(info);
    const magnet = await call<{ magnets: Array<{ id: number }> }>("/v4.1/magnet/upload", key, { magnets: [hash] });
    const file = await uploadFiles(key, [new File([bytes], "same.torrent")]);
    expect(file.data.files[0]?.id).toBe(magnet.data.magnets[0]?.id);
  });
});
