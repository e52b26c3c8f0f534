// The Links screen in Chromium against the sandbox: every kind of link, given through the UI and
// unlocked at once (as a paste does; tripups-links.test.ts pastes from the clipboard).
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { seriousViolations } from "./axe";
import { baseUrl } from "./browser";
import { apiCall, openSignedIn, waitForServiceWorker } from "./helpers";

describe("the Links screen", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn());
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function paste(text: string): Promise<void> {
    if (new URL(page.url()).pathname !== "/links") await page.goto("/links");
    await page.getByLabel("Links to unlock").fill(text);
    await page.getByRole("button", { name: "Unlock links" }).click();
  }

  const card = (text: string): Locator => page.locator("li.link-card", { hasText: text });

  /** The href of the card's download link once it is there. */
  async function downloadLink(of: Locator, timeoutMs = 15_000): Promise<string> {
    const open = of.getByRole("link", { name: "Open" });
    await open.waitFor({ timeout: timeoutMs });
    return (await open.getAttribute("href")) ?? "";
  }

  it("unlocks a direct host link into a link that downloads the file from the sandbox", async () => {
    await paste("Grab this one: https://example.com/e2e/size-1024/report.pdf, thanks");
    const report = card("report.pdf");
    await report.getByText("Host: example").waitFor();
    await report.getByText("1 KB").waitFor();
    await page.getByText("1 link added.").waitFor();
    const href = await downloadLink(report);
    expect(href).toMatch(/\/sandbox\/dl\/.+\/report\.pdf$/);
    // Nothing is left to unlock, so no "Unlock all (0)" is offered.
    expect(await page.getByRole("button", { name: /^Unlock all/ }).count()).toBe(0);
    const download = await fetch(new URL(href, baseUrl()));
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBe(1024);
  });

  it("saves the original link of a result to the account, and says Saved once", async () => {
    const report = card("report.pdf");
    await report.getByRole("button", { name: "Save" }).click();
    await report.getByRole("button", { name: "Saved" }).waitFor();
    expect((await report.textContent())?.match(/Saved/g)).toHaveLength(1);
    const saved = await apiCall<{ links: Array<{ link: string }> }>(key, "/v4.1/user/links");
    expect(saved.status === "success" && saved.data.links.map((entry) => entry.link)).toEqual([
      "https://example.com/e2e/size-1024/report.pdf",
    ]);
  });

  it("asks for a stream's quality, then gives the link of the chosen one", async () => {
    await paste("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    const stream = card("youtube.com/watch?v=dQw4w9WgXcQ");
    await stream.getByText("Stream: youtube").waitFor();
    const quality = stream.getByLabel("Quality");
    await quality.waitFor();
    const options = await quality.locator("option").allTextContents();
    expect(options.some((option) => option.startsWith("720p · mp4"))).toBe(true);
    // An audio stream says its format once.
    expect(options.find((option) => option.startsWith("mp3"))).toMatch(/^mp3 · \d/);
    expect(await quality.inputValue()).toBe("137+140"); // the best video quality is offered first
    await quality.selectOption({ label: options.find((option) => option.startsWith("720p"))! });
    await stream.getByRole("button", { name: "Get this quality" }).click();
    expect(await downloadLink(stream)).toMatch(/\.720\.mp4$/);
  });

  it("counts a delayed link down, then shows its link", async () => {
    await paste("https://example.com/delayed/size-2048/slow.bin");
    const slow = card("slow.bin");
    await slow.getByText("The host is preparing this file.").waitFor();
    expect(await slow.locator(".countdown").textContent()).toMatch(/Ready in about \d+:\d\d|Waiting for the host/);
    // Delayed links are polled every 5 s: the link arrives on a later poll.
    expect(await downloadLink(slow, 20_000)).toMatch(/slow\.bin$/);
  });

  it("says so when a delayed link fails on the host", async () => {
    await paste("https://example.com/delayed-fail/broken.bin");
    const broken = card("broken.bin");
    await broken.getByRole("alert").getByText("The host could not prepare this file.").waitFor({ timeout: 20_000 });
  });

  it("expands a redirector into its links, each unlockable (not unlocked unasked: a folder may hold many)", async () => {
    await paste("https://adf.ly/e2eRedirect");
    const redirector = card("adf.ly/e2eRedirect");
    await redirector.getByText("Gave 2 links").waitFor();
    const part1 = card("part1.rar");
    await part1.getByText("From a redirector").waitFor();
    await card("part2.rar").waitFor();
    await part1.getByRole("button", { name: "Unlock" }).click();
    expect(await downloadLink(part1)).toMatch(/part1\.rar$/);
  });

  it("prompts for the password of a protected link, refuses a wrong one and unlocks with the right one", async () => {
    await paste("https://example.com/pass/locked.zip");
    const locked = card("locked.zip");
    const password = locked.getByLabel("Password for this link");
    await password.fill("wrong-password");
    await locked.getByRole("button", { name: "Unlock with password" }).click();
    await locked.getByText("Wrong password, try again.").waitFor();
    await password.fill("secret");
    await locked.getByRole("button", { name: "Unlock with password" }).click();
    expect(await downloadLink(locked)).toMatch(/locked\.zip$/);
  });

  it("says clearly that a down link is not available", async () => {
    await paste("https://example.com/down/gone.zip");
    const gone = card("down/gone.zip");
    const alert = gone.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/no longer available/i);
  });

  it("offers a magnet found in the text as a magnet, and adds it", async () => {
    const hash = "c9e15763f722f23e98a29decdfae341b98d53056";
    await paste(`magnet:?xt=urn:btih:${hash}&dn=e2e-links-magnet`);
    const magnet = card(hash);
    await magnet.getByText("Magnet", { exact: true }).waitFor();
    await magnet.getByRole("button", { name: "Add as magnet" }).click();
    await magnet.getByText("Added to your magnets").waitFor();
  });

  it("exports the results: their links copied as text, in the list's order", async () => {
    await browser.grantPermissions(["clipboard-read", "clipboard-write"]);
    const shown = await page
      .locator("li.link-card a.button", { hasText: "Open" })
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    await page.getByRole("button", { name: /^Export the links of \d+ results$/ }).click();
    await page.getByRole("menuitem", { name: "Copy all links" }).click();
    await page.getByText(`${shown.length} links copied.`).waitFor();
    expect((await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split("\n")).toEqual(shown);
  });

  it("unlocks a link asked offline once back online, and shows its link here", async () => {
    await waitForServiceWorker(page);
    await browser.setOffline(true);
    try {
      await paste("https://example.com/e2e/size-4096/later.zip");
      const later = card("later.zip");
      await later.getByText("Waiting for the connection: it unlocks as soon as you are back online.").waitFor();
      await page.getByRole("link", { name: "1 waiting to send" }).waitFor();
    } finally {
      await browser.setOffline(false);
    }
    const href = await downloadLink(card("later.zip"), 20_000);
    expect(href).toMatch(/later\.zip$/);
    // Its answer taken, the entry leaves the outbox.
    await page.getByRole("link", { name: /waiting to send|not sent/ }).waitFor({ state: "detached", timeout: 10_000 });
  });

  it("shows the last results offline, with their age", async () => {
    await waitForServiceWorker(page);
    await browser.setOffline(true);
    try {
      await page.reload();
      await card("report.pdf").getByRole("link", { name: "Open" }).waitFor();
      await page.getByText(/^Last results, from/).waitFor();
      // The hosts catalogue comes from the device too, so links are still recognised offline.
      await paste("https://mega.nz/file/OfflineAbc123");
      await card("OfflineAbc123").getByText("Host: mega").waitFor();
    } finally {
      await browser.setOffline(false);
    }
  });

  it("has no serious or critical accessibility violation", async () => {
    const violations = await waitUntil(async () => seriousViolations(page), "axe to run", { timeoutMs: 5_000 });
    expect(violations).toEqual([]);
  });

  it("clears the list only once confirmed in the app's dialog: Escape keeps every link", async () => {
    const cards = page.locator("li.link-card");
    const count = await cards.count();
    expect(count).toBeGreaterThan(1);
    const dialog = page.getByRole("dialog");
    await page.getByRole("button", { name: "Clear list" }).click();
    await dialog.getByRole("heading", { name: `Remove ${count} links from this list?` }).waitFor();
    expect(await dialog.textContent()).toMatch(/Saved links stay saved/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await cards.count()).toBe(count);

    await page.getByRole("button", { name: "Clear list" }).click();
    await dialog.getByRole("button", { name: "Remove", exact: true }).click();
    await page.getByText("Paste links above").waitFor();
    expect(await cards.count()).toBe(0);
    // Clearing the list does not touch the account's saved links.
    const saved = await apiCall<{ links: Array<{ link: string }> }>(key, "/v4.1/user/links");
    expect(saved.status === "success" && saved.data.links.length).toBe(1);
  });
});
