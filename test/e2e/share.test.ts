// Sharing to the app in Chromium against the sandbox: real multipart POSTs through the service
// worker, the share screen's items and actions, and what reaches the account.
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { seriousViolations } from "./axe";
import { openBrowser } from "./browser";
import { apiCall, newSandboxKey, openSignedIn, sandboxStats } from "./helpers";
import { magnetOf, makeTorrent, postShare } from "./share-post";

interface StatusMagnet {
  id: number;
  filename: string;
}

async function accountMagnets(key: string): Promise<StatusMagnet[]> {
  const answer = await apiCall<{ magnets: StatusMagnet[] }>(key, "/v4.1/magnet/status");
  if (answer.status !== "success") throw new Error(answer.error.code);
  return answer.data.magnets;
}

async function callsTo(key: string, path: string): Promise<number> {
  const stats = (await sandboxStats(key)) as { data?: { calls?: Record<string, number> } };
  return stats.data?.calls?.[path] ?? 0;
}

const item = (page: Page, text: string): Locator => page.locator("li.share-item", { hasText: text });

describe("sharing to the app", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("adds a shared .torrent to the account exactly once, showing its name, size and hash first", async () => {
    const { file, infoHash } = makeTorrent("e2e-shared-ubuntu.iso");
    await postShare(page, { title: "ubuntu", files: [file] });
    const torrent = item(page, "e2e-shared-ubuntu.iso");
    await torrent.getByText(`Info-hash ${infoHash}`).waitFor();
    await torrent.getByText("700 MB").waitFor();
    await torrent.getByRole("button", { name: "Add" }).click();
    await torrent.getByText(/^Added/).waitFor({ timeout: 15_000 });
    // Dealt with: the share leaves the device and the address, so a reload sends nothing again.
    await page.waitForURL((url) => url.pathname === "/share" && !url.searchParams.has("id"));
    await page.reload();
    await page.getByText("Nothing is waiting here").waitFor();
    const magnets = await accountMagnets(key);
    expect(magnets.map((magnet) => magnet.filename)).toEqual(["e2e-shared-ubuntu.iso"]);
    expect(await callsTo(key, "/v4.1/magnet/upload/file")).toBe(1);
  });

  it("shows a text share of two magnets and a host link as three items and acts on each", async () => {
    const first = magnetOf("1111111111111111111111111111111111111111", "e2e-first.iso");
    const second = magnetOf("2222222222222222222222222222222222222222", "e2e-second.iso");
    await postShare(page, {
      title: "Three things",
      text: `Here: ${first} and also ${second}\nplus https://example.com/e2e/size-2048/notes.pdf`,
    });
    const items = page.locator("li.share-item");
    await waitUntil(async () => (await items.count()) === 3, "three items", { timeoutMs: 10_000 });
    expect(await items.locator(".share-kind").allTextContents()).toEqual(["Magnet", "Magnet", "Host link"]);
    expect(await seriousViolations(page)).toEqual([]);

    await item(page, "e2e-first.iso").getByRole("button", { name: "Add" }).click();
    await item(page, "e2e-first.iso")
      .getByText(/^Added/)
      .waitFor({ timeout: 15_000 });
    await item(page, "e2e-second.iso").getByRole("button", { name: "Add" }).click();
    await item(page, "e2e-second.iso")
      .getByText(/^Added/)
      .waitFor({ timeout: 15_000 });
    const link = item(page, "notes.pdf");
    await link.getByRole("button", { name: "Unlock" }).click();
    await link.getByRole("link", { name: "Open" }).waitFor({ timeout: 15_000 });
    expect(await link.getByRole("link", { name: "Open" }).getAttribute("href")).toMatch(/notes\.pdf$/);

    const names = (await accountMagnets(key)).map((magnet) => magnet.filename).sort();
    expect(names).toEqual(expect.arrayContaining(["e2e-first.iso", "e2e-second.iso"]));
    expect(await callsTo(key, "/v4.1/magnet/upload")).toBe(2);
    expect(await callsTo(key, "/v4.1/link/unlock")).toBe(1);
  });

  it("unlocks a shared stream in its best quality at once, and keeps the result among the Links screen's", async () => {
    await postShare(page, { text: "Watch https://www.youtube.com/watch?v=ShareStream1" });
    const stream = item(page, "ShareStream1");
    await stream.getByRole("button", { name: "Unlock" }).click();
    const open = stream.getByRole("link", { name: "Open" });
    await open.waitFor({ timeout: 15_000 });
    expect(await open.getAttribute("href")).toMatch(/\.1080\.mp4$/);
    expect(await stream.getByLabel("Quality").count()).toBe(0);
    await page.getByRole("link", { name: "Links" }).click();
    const kept = page.locator("li.link-card", { hasText: "ShareStream1" });
    expect(await kept.getByRole("link", { name: "Open" }).getAttribute("href")).toMatch(/\.1080\.mp4$/);
  });

  it("counts a shared delayed link down as the Links screen does", async () => {
    await postShare(page, { text: "https://example.com/delayed/size-2048/shared-later.bin" });
    const delayed = item(page, "shared-later.bin");
    await delayed.getByRole("button", { name: "Unlock" }).click();
    await delayed.getByText("The host is preparing this file.").waitFor({ timeout: 15_000 });
    expect(await delayed.locator(".countdown").textContent()).toMatch(
      /^(Ready in about \d+:\d\d|Any moment now…|Waiting for the host…)$/,
    );
    expect(await delayed.getByRole("link", { name: "Open" }).getAttribute("href", { timeout: 20_000 })).toMatch(
      /shared-later\.bin$/,
    );
  });

  it("shows a nameless magnet's hash once, wrapped within a phone's width", async () => {
    const hash = "3333333333333333333333333333333333333333";
    await postShare(page, { text: `magnet:?xt=urn:btih:${hash}` });
    const magnet = item(page, hash);
    await magnet.getByRole("button", { name: "Add" }).waitFor();
    expect(await magnet.getByText(hash).count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Dismiss this share" }).click();
  });

  it("explains a malformed torrent and still adds the magnet shared with it", async () => {
    const broken = { name: "broken.torrent", mimeType: "application/x-bittorrent", buffer: Buffer.from("d4:infoi3") };
    await postShare(page, {
      text: magnetOf("3333333333333333333333333333333333333333", "e2e-beside.iso"),
      files: [broken],
    });
    const bad = item(page, "broken.torrent");
    await bad.getByText("its content is not one").waitFor();
    expect(await bad.getByRole("button").count()).toBe(0);
    await item(page, "e2e-beside.iso").getByRole("button", { name: "Add" }).click();
    await item(page, "e2e-beside.iso")
      .getByText(/^Added/)
      .waitFor({ timeout: 15_000 });
  });

  it("says an empty share holds nothing to add, and shows what came in", async () => {
    await postShare(page, { title: "A recipe", text: "Soup with leeks and potatoes" });
    await page.getByText("This share holds no magnet, link or .torrent file").waitFor();
    await page.getByText("Received: A recipe · Soup with leeks and potatoes").waitFor();
    await page.getByRole("button", { name: "Dismiss this share" }).click();
    await page.waitForURL((url) => !url.searchParams.has("id"));
    await page.reload();
    await page.getByText("Nothing is waiting here").waitFor();
  });

  it("says which shared links are unsupported and keeps the supported one actionable", async () => {
    await postShare(page, {
      text: "https://unknown-site.example.org/a https://nowhere.example.net/b https://example.com/e2e/size-1024/kept.zip",
    });
    await waitUntil(
      async () => (await page.getByText("AllDebrid does not support this site.").count()) === 2,
      "both unsupported links explained",
      { timeoutMs: 10_000 },
    );
    const kept = item(page, "kept.zip");
    await kept.getByRole("button", { name: "Save" }).click();
    await kept.getByText("Saved to your links.").waitFor({ timeout: 15_000 });
    const saved = await apiCall<{ links: Array<{ link: string }> }>(key, "/v4.1/user/links");
    expect(saved.status === "success" && saved.data.links.map((entry) => entry.link)).toContain(
      "https://example.com/e2e/size-1024/kept.zip",
    );
  });

  it("opens a magnet: link handed over by the protocol handler on the same screen", async () => {
    const magnet = magnetOf("4444444444444444444444444444444444444444", "e2e-handler.iso");
    await page.goto(`/share?magnet=${encodeURIComponent(magnet)}`);
    await item(page, "e2e-handler.iso").waitFor();
    // The magnet is kept on the device and the address now holds only its id: a reload keeps it.
    await page.waitForURL((url) => url.searchParams.has("id") && !url.searchParams.has("magnet"));
    await page.reload();
    await item(page, "e2e-handler.iso").getByRole("button", { name: "Add" }).waitFor();
  });

  it("shows a .torrent file opened with the installed app (launchQueue) on the share screen", async () => {
    const opened = await browser.newPage();
    // Headless Chromium has no installed app: stand in for the browser's launch queue.
    await opened.addInitScript(() => {
      const launch = window as unknown as { launched?: (params: unknown) => void };
      const queue = { setConsumer: (consumer: (params: unknown) => void) => (launch.launched = consumer) };
      Object.defineProperty(window, "launchQueue", { value: queue, configurable: true });
    });
    await opened.goto("/");
    await opened.waitForFunction(() => "launched" in window);
    const { file, infoHash } = makeTorrent("e2e-opened.iso");
    await opened.evaluate(
      ({ name, bytes }) => {
        const handle = { getFile: async () => new File([new Uint8Array(bytes)], name) };
        (window as unknown as { launched: (params: unknown) => void }).launched({ files: [handle] });
      },
      { name: file.name, bytes: [...file.buffer] },
    );
    await opened.waitForURL((url) => url.pathname === "/share" && url.searchParams.has("id"));
    await item(opened, "e2e-opened.iso").getByText(`Info-hash ${infoHash}`).waitFor();
    await opened.getByRole("button", { name: "Dismiss this share" }).click();
    await opened.close();
  });

  it("adds shared magnets at once when the user turned that on", async () => {
    await page.goto("/share");
    await page.getByLabel("Add shared magnets and torrents at once").check();
    await postShare(page, { text: magnetOf("5555555555555555555555555555555555555555", "e2e-automatic.iso") });
    await item(page, "e2e-automatic.iso")
      .getByText(/^Added/)
      .waitFor({ timeout: 15_000 });
    await page.goto("/share");
    await page.getByLabel("Add shared magnets and torrents at once").uncheck();
    expect((await accountMagnets(key)).filter((magnet) => magnet.filename === "e2e-automatic.iso")).toHaveLength(1);
  });
});

describe("sharing to the app without a session", () => {
  let browser: BrowserContext;
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps the share, sends the user to sign in, and brings them back to it", async () => {
    browser = await inEnglish(await openBrowser());
    const page = await browser.newPage();
    await page.goto("/signin");
    const id = await postShare(page, { text: magnetOf("6666666666666666666666666666666666666666", "e2e-later.iso") });
    await item(page, "e2e-later.iso").waitFor();
    expect(await item(page, "e2e-later.iso").getByRole("button", { name: "Add" }).count()).toBe(0);
    await page.getByRole("link", { name: "Sign in" }).click();
    const key = newSandboxKey();
    await page.locator("#apikey").fill(key);
    await page.locator("form.signin-key button[type=submit]").click();
    await page.waitForURL((url) => url.pathname === "/share" && url.searchParams.get("id") === id, { timeout: 15_000 });
    await item(page, "e2e-later.iso").getByRole("button", { name: "Add" }).click();
    await item(page, "e2e-later.iso")
      .getByText(/^Added/)
      .waitFor({ timeout: 15_000 });
    expect((await accountMagnets(key)).map((magnet) => magnet.filename)).toEqual(["e2e-later.iso"]);
  });
});

/** The sandbox account's language is French; these tests read the English words. */
async function inEnglish(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(() => localStorage.setItem("lang", "en"));
  return context;
}
