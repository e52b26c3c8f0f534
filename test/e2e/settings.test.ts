// Settings in Chromium: the theme choice (system, light, dark) kept across a reload and painted
// before the app's code runs, <html lang> in the UI's language from the first paint, the French
// filters on one row of a 360 px phone, and the plain words of where refused calls go.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { openSignedIn } from "./helpers";

/** The page's background colour, as painted. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe("Settings", () => {
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openSignedIn());
    await page.emulateMedia({ colorScheme: "light" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("offers a theme, system, light or dark, and keeps it across a reload", async () => {
    await page.goto("/settings");
    const themes = page.getByRole("group", { name: "Theme" });
    expect(await themes.getByLabel("Same as the system").isChecked()).toBe(true);
    const light = await background(page);
    await themes.getByLabel("Dark").check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    const dark = await background(page);
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await page.getByRole("group", { name: "Theme" }).getByLabel("Dark").isChecked()).toBe(true);
    expect(await background(page)).toBe(dark);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("group", { name: "Theme" }).getByLabel("Same as the system").check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await background(page)).toBe(light);
  });

  it("paints the chosen theme and language before any of the app's code has run", async () => {
    // A page of its own: the others are told to read English before each load.
    const page = await browser.newPage();
    await page.goto("/settings");
    await page.getByRole("group", { name: "Theme" }).getByLabel("Dark").check();
    await page.getByRole("group", { name: "Language" }).getByLabel("Français").check();
    // What the page holds once parsed, before its module scripts run: index.html and /boot.js alone.
    await page.addInitScript(() => {
      document.addEventListener("readystatechange", () => {
        if (document.readyState !== "interactive") return;
        const root = document.documentElement;
        (window as unknown as { parsed: unknown }).parsed = {
          lang: root.lang,
          theme: root.dataset.theme,
          rendered: document.getElementById("root")?.childElementCount,
        };
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { parsed: unknown }).parsed)).toEqual({
      lang: "fr",
      theme: "dark",
      rendered: 0,
    });
    await page.goto("/settings");
    await page.getByRole("group", { name: "Thème" }).getByLabel("Comme le système").check();
    await page.getByRole("group", { name: "Langue" }).getByLabel("English").check();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.close();
  });

  it("says in plain words what happens when AllDebrid blocks the app's server", async () => {
    const group = page.getByRole("group", { name: "When AllDebrid blocks this app's server" });
    expect(await group.textContent()).toContain("straight from this device");
    expect(await group.getByRole("radio").count()).toBe(3);
  });

  it("fits the French filters on one row of a 360 px phone", async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => localStorage.setItem("lang", "fr"));
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/");
    const chips = page.locator("label.filter-chip");
    await chips.first().waitFor();
    const boxes = await chips.evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect()));
    expect(boxes.map((box) => Math.round(box.top))).toEqual(Array(4).fill(Math.round(boxes[0]!.top)));
    expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(360);
    for (const chip of await chips.all()) {
      expect(await chip.evaluate((label) => label.scrollWidth <= label.clientWidth + 1)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await chips.allTextContents()).toEqual(["Tous 0", "En cours 0", "Prêts 0", "Échoués 0"]);
    await page.close();
  });
});
