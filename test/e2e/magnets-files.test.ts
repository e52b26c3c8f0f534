// A ready magnet's files in Chromium against the sandbox: the film's main file first and its
// action beside each name, unlocking one that downloads, "Copy all links" in tree order, each export format's
// content line by line for a magnet with nested folders (paced unlocks that wait out a 429), and
// Play: the app's own player in a browser, an Android intent for the player chosen in Settings.
import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { seriousViolations } from "./axe";
import { baseUrl } from "./browser";
import { openSignedIn } from "./helpers";
import { addThroughForm, magnetRow, sandboxMagnet } from "./magnet-helpers";

/**
 * The sandbox's tree for a magnet named `name` (docs/sandbox-magnets.md), in the order the app
 * shows it: the film's main file, its sample, then what is not a video.
 */
const treeOrder = (name: string) => [
  `${name}.mkv`,
  `Sample/${name}.sample.mkv`,
  "README.txt",
  "Subs/English.srt",
  "Subs/Extras/Commentary.en.srt",
];
const fileName = (path: string) => path.split("/").at(-1)!;
/** A sandbox download link of a file (its name as the last segment). */
const dl = (file: string) =>
  new RegExp(`^${baseUrl()}/sandbox/dl/[^/]+/${encodeURIComponent(file).replace(/[.()]/g, "\\$&")}$`);

describe("a ready magnet's files", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;
  const name = `Film-${Date.now().toString(36)}`;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn({ clipboard: true }));
    await addThroughForm(page, [sandboxMagnet("0", true, name)]);
    await magnetRow(page, name).locator(".magnet-status", { hasText: "Ready" }).waitFor({ timeout: 15_000 });
    await magnetRow(page, name).locator(".magnet-main").click();
    await page.locator(".file-item").first().waitFor({ timeout: 10_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const fileRow = (file: string) => page.locator("li.file-item", { hasText: file });

  it("lists the film's main file first, then its sample and the rest, each with its action beside its name", async () => {
    const shown = await page.locator(".file-item .file-name").allTextContents();
    expect(shown).toEqual(treeOrder(name).map(fileName));
    for (const row of await page.locator(".file-item").all()) {
      const [nameBox, actionBox] = await Promise.all([
        row.locator(".file-name").boundingBox(),
        row.locator(".file-actions").boundingBox(),
      ]);
      // Side by side: the action to the right of the name, level with it.
      expect(actionBox!.x).toBeGreaterThanOrEqual(nameBox!.x + nameBox!.width);
      expect(actionBox!.y).toBeLessThan(nameBox!.y + nameBox!.height);
      expect(actionBox!.y + actionBox!.height).toBeGreaterThan(nameBox!.y);
      expect((await row.boundingBox())!.height).toBeLessThan(72);
    }
  });

  it("unlocks a file into a link that downloads it from the sandbox", async () => {
    const readme = fileRow("README.txt");
    await readme.getByRole("button", { name: "Unlock", exact: true }).click();
    const open = readme.getByRole("link", { name: "Open" });
    await open.waitFor({ timeout: 30_000 });
    const download = await page.request.get((await open.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect((await download.body()).length).toBe(1523);
  });

  it("copies all links in the tree's order", async () => {
    await page.getByRole("button", { name: "Copy all links" }).click();
    await page.getByText("5 links copied.").waitFor({ timeout: 30_000 });
    const lines = (await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines.map((line, index) => dl(fileName(treeOrder(name)[index]!)).test(line))).toEqual(Array(5).fill(true));
  });

  /** Runs one export format and returns the lines of the file it saved. */
  async function exportLines(format: string): Promise<string[]> {
    const saved = page.waitForEvent("download");
    await page.getByRole("button", { name: `Export the links of ${name}` }).click();
    await page.getByRole("menuitem", { name: format }).click();
    const file = await saved;
    return (await readFile((await file.path())!, "utf8")).split("\n");
  }

  it("exports an M3U playlist of the video files only, named, in order", async () => {
    const lines = await exportLines("Playlist (.m3u)");
    expect(lines.length).toBe(6);
    expect(lines[0]).toBe("#EXTM3U");
    expect(lines[1]).toBe(`#EXTINF:-1,${name}.mkv`);
    expect(lines[2]).toMatch(dl(`${name}.mkv`));
    expect(lines[3]).toBe(`#EXTINF:-1,${name}.sample.mkv`);
    expect(lines[4]).toMatch(dl(`${name}.sample.mkv`));
    expect(lines[5]).toBe("");
  });

  it("exports an aria2 input file: each link, then its name and its folder", async () => {
    const lines = await exportLines("aria2 input file");
    expect(lines).toHaveLength(16);
    treeOrder(name).forEach((path, index) => {
      const folders = path.split("/").slice(0, -1);
      expect(lines[index * 3]).toMatch(dl(fileName(path)));
      expect(lines[index * 3 + 1]).toBe(`  out=${fileName(path)}`);
      expect(lines[index * 3 + 2]).toBe(`  dir=${[name, ...folders].join("/")}`);
    });
    expect(lines[15]).toBe("");
  });

  it("exports a JDownloader crawljob: one job a file, key=value lines, sub-folders under the package", async () => {
    const jobs = (await exportLines("JDownloader (.crawljob)")).join("\n").trimEnd().split("\n\n");
    expect(jobs).toHaveLength(5);
    treeOrder(name).forEach((path, index) => {
      const lines = jobs[index]!.split("\n");
      const folders = path.split("/").slice(0, -1);
      expect(lines[0]).toMatch(new RegExp(`^text=${dl(fileName(path)).source.slice(1)}`));
      expect(lines.slice(1)).toEqual([
        `packageName=${name}`,
        `filename=${fileName(path)}`,
        ...(folders.length ? [`downloadFolder=<jd:packagename>/${folders.join("/")}`] : []),
        "enabled=TRUE",
        "autoStart=TRUE",
        "autoConfirm=TRUE",
      ]);
    });
  });

  it("paces an export's unlocks and waits out AllDebrid's 429 with a word on the way", async () => {
    // A magnet of its own: none of its files is unlocked yet.
    const other = `Paced-${Date.now().toString(36)}`;
    await addThroughForm(page, [sandboxMagnet("0", true, other)]);
    await magnetRow(page, other).locator(".magnet-main").click();
    await page.locator(".file-item .file-name", { hasText: `${other}.mkv` }).waitFor({ timeout: 10_000 });
    const faults = await fetch(`${baseUrl()}/sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        apikey: key,
        faults: [{ type: "status", status: 429, times: 2, paths: ["/v4.1/link/unlock"] }],
      }),
    });
    expect(faults.ok).toBe(true);
    await page.getByRole("button", { name: "Copy all links" }).click();
    await page.getByText(/Too many requests at once: going on in \d+ s/).waitFor({ timeout: 10_000 });
    await page.getByText("5 links copied.").waitFor({ timeout: 60_000 });
  });

  it("plays a video in the app's own player on a computer, and says so when the browser cannot", async () => {
    await magnetRow(page, name).locator(".magnet-main").click();
    await fileRow(`${name}.sample.mkv`)
      .getByRole("button", { name: `Play ${name}.sample.mkv` })
      .click();
    const player = page.getByRole("dialog", { name: `Playing ${name}.sample.mkv` });
    await player.waitFor({ timeout: 20_000 });
    // The sandbox's bytes are no real video: the <video> fails at once (too soon to be looked at)
    // and the player offers the file's own link instead.
    await player.getByText("This browser cannot play this file").waitFor({ timeout: 10_000 });
    expect(await player.locator("a.button").getAttribute("href")).toMatch(dl(`${name}.sample.mkv`));
    expect(await seriousViolations(page)).toEqual([]);
    await player.getByRole("button", { name: "Close" }).click();
    await player.waitFor({ state: "detached" });
  });
});

describe("Play on an Android phone", () => {
  let browser: BrowserContext;
  let page: Page;
  const name = `Phone-${Date.now().toString(36)}`;

  beforeAll(async () => {
    ({ browser } = await openSignedIn());
    page = await browser.newPage();
    // The browser of an Android phone, from the first request on.
    const cdp = await browser.newCDPSession(page);
    await cdp.send("Emulation.setUserAgentOverride", {
      userAgent:
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Mobile Safari/537.36",
    });
    await page.addInitScript(() => localStorage.setItem("lang", "en"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("offers Android's players in Settings and hands the file to the one chosen, by an intent", async () => {
    await page.goto("/settings");
    const players = page.getByRole("group", { name: "Play videos and music with" });
    await players.getByLabel("VLC").waitFor();
    expect(
      await players.getByRole("radio").evaluateAll((radios) => radios.map((r) => r.parentElement?.textContent)),
    ).toEqual([
      "Ask each time (Android's choice of apps)",
      "VLC",
      "MX Player",
      "MX Player Pro",
      "mpv",
      "The app's own player",
    ]);
    await players.getByLabel("VLC").check();

    await page.goto("/");
    await addThroughForm(page, [sandboxMagnet("0", true, name)]);
    await magnetRow(page, name).locator(".magnet-main").click();
    const film = page.locator("li.file-item", { hasText: `${name}.mkv` }).first();
    await film.getByRole("button", { name: `Actions for ${name}.mkv` }).click();
    await page.getByRole("menuitem", { name: "Unlock", exact: true }).click();
    const play = film.getByRole("link", { name: `Play ${name}.mkv` });
    await play.waitFor({ timeout: 30_000 });
    const host = new URL(baseUrl()).host;
    expect(await play.getAttribute("href")).toMatch(
      new RegExp(
        `^intent://${host}/sandbox/dl/[^/]+/${name}\\.mkv#Intent;action=android\\.intent\\.action\\.VIEW;scheme=http;type=video/\\*;package=org\\.videolan\\.vlc;S\\.title=${name}\\.mkv;end$`,
      ),
    );
  });
});

describe("playing from the Links screen", () => {
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openSignedIn());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("offers Play on an unlocked video link, in the quality chosen for a stream", async () => {
    await page.goto("/links");
    await page.getByLabel("Links to unlock").fill("https://www.youtube.com/watch?v=PlayTest123");
    await page.getByRole("button", { name: "Unlock links" }).click();
    const card = page.locator("li.link-card", { hasText: "PlayTest123" });
    const quality = card.getByLabel("Quality");
    await quality.waitFor();
    await quality.selectOption({
      label: (await quality.locator("option").allTextContents()).find((o) => o.startsWith("720p"))!,
    });
    await card.getByRole("button", { name: "Get this quality" }).click();
    await card.getByRole("button", { name: /^Play / }).click();
    // The stream goes to the <video>, or to the link offered once the browser cannot play it.
    const played = () =>
      page
        .getByRole("dialog")
        .evaluate(
          (d) => d.querySelector("video")?.getAttribute("src") ?? d.querySelector("a.button")?.getAttribute("href"),
        );
    await waitUntil(async () => /\.720\.mp4$/.test((await played()) ?? ""), "the 720p stream playing");
  });
});
