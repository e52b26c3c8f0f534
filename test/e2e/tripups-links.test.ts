// What a week of use tripped over on the Links, Share and Saved screens (issue 21): a paste
// unlocks at once, a redirector's links sit under it, "Do all" on a share takes a stream's best
// quality without asking, and a stream is "streaming" in French on Saved. (A player closed
// mid-stream: test/unit/sandbox-download-hangup.test.ts, which reads workerd's debug log.)
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiCall, openSignedIn } from "./helpers";
import { postShare } from "./share-post";

describe("links, shares and saved links, as a week of use found them", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn({ clipboard: true }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const card = (text: string): Locator => page.locator("li.link-card", { hasText: text });

  /** Pastes the text into the Links field as a person does: from the clipboard, with Ctrl+V. */
  async function pasteIntoLinks(text: string): Promise<void> {
    if (new URL(page.url()).pathname !== "/links") await page.goto("/links");
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.getByLabel("Links to unlock").focus();
    await page.keyboard.press("Control+V");
  }

  it("unlocks a pasted link at once, with no Add step", async () => {
    await pasteIntoLinks("https://example.com/e2e/size-2048/pasted-report.pdf");
    const open = card("pasted-report.pdf").getByRole("link", { name: "Open" });
    await open.waitFor({ timeout: 15_000 });
    expect(await open.getAttribute("href")).toMatch(/\/sandbox\/dl\/.+\/pasted-report\.pdf$/);
    // The field is ready for the next paste.
    expect(await page.getByLabel("Links to unlock").inputValue()).toBe("");
  });

  it("lists a redirector's links right under it", async () => {
    // Handed over in the address, as the Saved screen does: listed and expanded at once.
    await page.goto(`/links?unlock=${encodeURIComponent("https://adf.ly/e2eUnderIt")}`);
    await card("adf.ly/e2eUnderIt").getByText("Gave 2 links").waitFor({ timeout: 15_000 });
    const titles = await page.locator("li.link-card > .link-title").allTextContents();
    const at = titles.findIndex((title) => title.includes("adf.ly/e2eUnderIt"));
    expect(titles.slice(at + 1, at + 3).map((title) => title.match(/part\d\.rar/)?.[0])).toEqual([
      "part1.rar",
      "part2.rar",
    ]);
    // Set in under it.
    const [redirector, first] = await Promise.all([
      card("adf.ly/e2eUnderIt").boundingBox(),
      card("part1.rar").boundingBox(),
    ]);
    expect(first!.x).toBeGreaterThan(redirector!.x);
  });

  it("takes a shared stream's best quality at once on Do all, as docs/share.md says", async () => {
    await postShare(page, {
      text: "https://www.youtube.com/watch?v=DoAllStream1 and https://example.com/e2e/size-1024/do-all.pdf",
    });
    await page.getByRole("button", { name: "Do all (2)" }).click();
    const stream = page.locator("li.share-item", { hasText: "DoAllStream1" });
    const open = stream.getByRole("link", { name: "Open" });
    await open.waitFor({ timeout: 15_000 });
    expect(await open.getAttribute("href")).toMatch(/\.1080\.mp4$/);
    expect(await stream.getByLabel("Quality").count()).toBe(0);
  });

  it("calls a saved stream link 'streaming' in French", async () => {
    const saved = await apiCall(key, "/v4.1/user/links/save", {
      "links[]": "https://www.youtube.com/watch?v=SavedStream1",
    });
    expect(saved.status).toBe("success");
    const french = await browser.newPage();
    await french.addInitScript(() => localStorage.setItem("lang", "fr"));
    await french.goto("/saved");
    const row = french.locator(".saved-row", { hasText: "SavedStream1" });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.locator(".muted.small").last().textContent()).toMatch(/^streaming · \d/);
    await french.close();
  });
});
