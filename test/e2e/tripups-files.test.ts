// A season pack's files on a 360 px phone, as a week of use found them (issue 21): the episodes
// in order (not the biggest first) in the tree, in "Copy all links" and in the .m3u playlist,
// each name whole enough to show its episode tag, and a copied link that leaves the size shown.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiCall, openSignedIn } from "./helpers";
import { magnetRow } from "./magnet-helpers";

const PACK = `The.Expanse.S02.1080p.WEB-DL.DDP5.1.H.264-${randomBytes(3).toString("hex")}`;
const episode = (n: number) => PACK.replace("S02", `S02E${String(n).padStart(2, "0")}`);
const EPISODES = Array.from({ length: 10 }, (_, i) => `${episode(i + 1)}.mkv`);
const SAMPLE = `${episode(1)}.sample.mkv`;
/** The file name a sandbox download link ends with. */
const fileOf = (link: string) => decodeURIComponent(link.split("/").at(-1) ?? "");

describe("a season pack's files on a phone", () => {
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    let key: string;
    ({ browser, page, key } = await openSignedIn({ clipboard: true }));
    await page.setViewportSize({ width: 360, height: 800 });
    // Ready at once (hash 0…); named like a season pack, the sandbox gives it ten episodes.
    const hash = `0${randomBytes(20).toString("hex").slice(1)}`;
    const upload = await apiCall(key, "/v4.1/magnet/upload", {
      "magnets[]": `magnet:?xt=urn:btih:${hash}&dn=${PACK}&xl=5000000000`,
    });
    expect(upload.status).toBe("success");
    await magnetRow(page, PACK).locator(".magnet-main").click({ timeout: 15_000 });
    await page.locator(".file-item").first().waitFor({ timeout: 10_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the episodes in order, then the sample, then the rest", async () => {
    expect(await page.locator(".file-item .file-name").allTextContents()).toEqual([...EPISODES, SAMPLE, `${PACK}.nfo`]);
  });

  it("shows each episode's tag on a 360 px phone, not cut off behind an ellipsis", async () => {
    const tags = await page.locator(".file-item .file-name").evaluateAll((names) =>
      names.slice(0, 10).map((name) => {
        const text = name.textContent ?? "";
        const at = text.search(/S02E\d\d/);
        // Where the tag is drawn: inside the name's own box, and on the screen.
        const range = document.createRange();
        let offset = 0;
        for (const node of [...name.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE)) {
          const length = node.textContent?.length ?? 0;
          if (at >= offset && at + 6 <= offset + length) {
            range.setStart(node, at - offset);
            range.setEnd(node, at - offset + 6);
          }
          offset += length;
        }
        const tag = range.getBoundingClientRect();
        const box = name.getBoundingClientRect();
        return {
          shown: tag.width > 0 && tag.left >= box.left && tag.right <= box.right + 0.5 && tag.right <= innerWidth,
          whole: name.scrollWidth <= name.clientWidth,
        };
      }),
    );
    expect(tags).toEqual(Array(10).fill({ shown: true, whole: true }));
  });

  it("copies all links in the same order", async () => {
    await page.getByRole("button", { name: "Copy all links" }).click();
    await page.getByText("12 links copied.").waitFor({ timeout: 60_000 });
    const lines = (await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split("\n");
    expect(lines.map(fileOf)).toEqual([...EPISODES, SAMPLE, `${PACK}.nfo`]);
  });

  it("exports an .m3u playlist with the episodes in order and the sample last", async () => {
    const saved = page.waitForEvent("download");
    await page.getByRole("button", { name: `Export the links of ${PACK}` }).click();
    await page.getByRole("menuitem", { name: "Playlist (.m3u)" }).click();
    const playlist = await readFile((await (await saved).path())!, "utf8");
    const titles = playlist.split("\n").filter((line) => line.startsWith("#EXTINF"));
    expect(titles).toEqual([...EPISODES, SAMPLE].map((name) => `#EXTINF:-1,${name}`));
  });

  it("keeps a file's size in view beside 'Copied' once its link is copied", async () => {
    const row = page.locator("li.file-item", { hasText: EPISODES[1]! });
    const size = (await row.locator(".file-size").textContent())!;
    await row.getByRole("button", { name: `Actions for ${EPISODES[1]}` }).click();
    await page.getByRole("menuitem", { name: "Copy link" }).click();
    await row.getByText("Copied").waitFor();
    expect(await row.locator(".file-size").textContent()).toBe(`${size} · Copied`);
  });
});
