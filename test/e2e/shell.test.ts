import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { openSignedIn, signInWithKey } from "./helpers";

describe("the app shell", () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sends a visitor without a session to the sign-in screen", async () => {
    const page = await browser.newPage();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await page.waitForURL("**/signin");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBeTruthy();
  });

  it("makes the app's database on a device that kept its session mark but lost the database, and signs in there", async () => {
    // A browser of its own: the shared one has the database already.
    const fresh = await openBrowser();
    try {
      const page = await fresh.newPage();
      await page.addInitScript(() => localStorage.setItem("session", "1"));
      // web/boot/head.js begins to open the database at once, and must not make an empty one.
      await page.goto("/");
      await page.waitForURL("**/signin");
      await signInWithKey(page);
      const stores = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const opening = indexedDB.open("debrid");
            opening.onsuccess = () => resolve([...opening.result.objectStoreNames]);
          }),
      );
      expect(stores).toEqual(["outbox", "settings", "shares", "snapshots"]);
      // The next start takes the connection head.js opened, and stays signed in.
      await page.reload();
      await page.getByRole("navigation").getByRole("link", { name: "Magnets" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/");
    } finally {
      await fresh.close();
    }
  });

  it("lays the tabs across a phone's width, and makes them a side rail on a wide window", async () => {
    const { page } = await openSignedIn({ browser });
    const tabBoxes = () =>
      page.locator(".tabbar a").evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect()));

    const phone = await tabBoxes();
    expect(phone).toHaveLength(5);
    expect(Math.min(...phone.map((box) => box.left))).toBe(0);
    expect(Math.max(...phone.map((box) => box.right))).toBe(412);
    expect(new Set(phone.map((box) => Math.round(box.top))).size).toBe(1);

    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await tabBoxes();
    // One above the other, down the left edge.
    expect(new Set(wide.map((box) => Math.round(box.left))).size).toBe(1);
    expect(wide.map((box) => box.top)).toEqual([...wide.map((box) => box.top)].sort((a, b) => a - b));
    expect(Math.max(...wide.map((box) => box.right))).toBeLessThan(120);
  });

  it("marks where the user is in the navigation, Settings and its outbox included, and moves without a reload", async () => {
    const { page } = await openSignedIn({ browser });
    const current = () => page.locator(".tabbar [aria-current=page]").textContent();
    expect(await current()).toBe("Magnets");
    // A tab moves within the app: the page is not loaded again.
    await page.evaluate(() => Object.assign(window, { stillHere: true }));
    await page.getByRole("link", { name: "Settings" }).click();
    await page.waitForURL("**/settings");
    expect(await current()).toBe("Settings");
    expect(await page.evaluate(() => "stillHere" in window)).toBe(true);
    await page.goto("/settings/outbox");
    await page.getByRole("heading", { name: "Outbox" }).waitFor();
    expect(await page.locator(".tabbar a.active").textContent()).toBe("Settings");
  });
});
