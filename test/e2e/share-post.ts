// Shares to the app the way a system share sheet does: a real multipart POST to /share from a
// page the service worker controls, so its fetch handler receives it. Also builds .torrent files.
import { createHash } from "node:crypto";
import bencode from "bencode";
import type { Page } from "playwright-core";
import { waitUntil } from "../wait-until";

export interface SharedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface Share {
  title?: string;
  text?: string;
  url?: string;
  files?: SharedFile[];
}

/** Posts the share as multipart/form-data and resolves once the share screen has its id. */
export async function postShare(page: Page, share: Share): Promise<string> {
  await serviceWorkerInCharge(page);
  await page.evaluate(
    (fields) => {
      const form = document.createElement("form");
      form.method = "post";
      form.enctype = "multipart/form-data";
      form.action = "/share";
      form.id = "test-share-form";
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.append(input);
      }
      const files = document.createElement("input");
      files.type = "file";
      files.name = "files";
      files.multiple = true;
      form.append(files);
      document.body.append(form);
    },
    { title: share.title ?? "", text: share.text ?? "", url: share.url ?? "" },
  );
  if (share.files?.length) await page.setInputFiles("#test-share-form input[type=file]", share.files);
  await page.evaluate(() => (document.getElementById("test-share-form") as HTMLFormElement).submit());
  await page.waitForURL((url) => url.pathname === "/share" && url.searchParams.has("id"), { timeout: 15_000 });
  return new URL(page.url()).searchParams.get("id")!;
}

/**
 * Waits until the service worker is activated and controls the page. (page.waitForFunction
 * takes the Promise of an async predicate as a truthy answer, so the check is polled here.)
 */
export async function serviceWorkerInCharge(page: Page): Promise<void> {
  await waitUntil(
    () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.active?.state === "activated" && navigator.serviceWorker.controller !== null;
      }),
    "the service worker to control the page",
    { timeoutMs: 20_000 },
  );
}

/** A small single-file .torrent, and its info-hash as AllDebrid reports it. */
export function makeTorrent(name: string, length = 734_003_200): { file: SharedFile; infoHash: string } {
  const info = { length, name, "piece length": 262_144, pieces: new Uint8Array(20).fill(9) };
  const bytes = bencode.encode({ announce: "http://tracker.example/announce", info });
  const infoHash = createHash("sha1").update(bencode.encode(info)).digest("hex");
  return {
    file: { name: `${name}.torrent`, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) },
    infoHash,
  };
}

export function magnetOf(hash: string, name: string): string {
  return `magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(name)}`;
}
