// The magnets screen on a 1280×800 window: navigation in a side rail, the list on the left and
// the chosen magnet's details and files on the right, and keyboard shortcuts for search, add and
// select (Escape steps back).
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { openSignedIn } from "./helpers";
import { addThroughForm, magnetRow, sandboxMagnet } from "./magnet-helpers";

describe("the magnets screen on a wide window", () => {
  let browser: BrowserContext;
  let page: Page;
  const name = `Wide-${Date.now().toString(36)}`;

  beforeAll(async () => {
    ({ browser, page } = await openSignedIn());
    await page.setViewportSize({ width: 1280, height: 800 });
    await addThroughForm(page, [sandboxMagnet("0", true, name)]);
    await page.keyboard.press("Escape");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("navigates from a side rail, not a tab bar", async () => {
    const rail = (await page.getByRole("navigation", { name: "Main" }).boundingBox())!;
    expect(rail.x).toBe(0);
    expect(rail.height).toBe(800);
    expect(rail.width).toBeLessThan(120);
    const main = (await page.locator("main").boundingBox())!;
    expect(main.x).toBeGreaterThanOrEqual(rail.width);
  });

  it("shows the chosen magnet's details and files in a pane beside the list", async () => {
    await magnetRow(page, name).locator(".magnet-main").click();
    const pane = page.getByRole("complementary", { name: "Files and details" });
    await pane.getByRole("heading", { name }).waitFor();
    await pane.locator(".file-item", { hasText: `${name}.mkv` }).waitFor({ timeout: 10_000 });
    const [list, details] = await Promise.all([page.locator(".magnet-list").boundingBox(), pane.boundingBox()]);
    expect(details!.x).toBeGreaterThan(list!.x + list!.width - 1);
    // Level with the list's toolbar: the pane starts no lower than the list itself.
    expect(details!.y).toBeLessThanOrEqual(list!.y);
    expect(await magnetRow(page, name).getAttribute("data-open")).toBe("");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("searches with /, adds with A, selects with S, and steps back with Escape", async () => {
    await page.locator("body").click({ position: { x: 1200, y: 780 } });
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("magnet-search");
    await page.keyboard.press("Escape");
    await page.keyboard.press("a");
    await page.getByLabel("Magnet links or hashes, one per line").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("add-magnets-text");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.getByLabel("Magnet links or hashes, one per line").waitFor({ state: "detached" });
    await page.keyboard.press("s");
    await page.getByRole("toolbar").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("toolbar").waitFor({ state: "detached" });
  });
});
