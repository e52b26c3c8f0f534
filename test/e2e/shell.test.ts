import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { openSignedIn } from "./helpers";

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

  it("keeps the tabs over the screen's column on a wide window, and across the width on a phone", async () => {
    const { page } = await openSignedIn({ browser });
    const tabEdges = async () => {
      const boxes = await page
        .locator(".tabbar a")
        .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect()));
      return { left: Math.min(...boxes.map((box) => box.left)), right: Math.max(...boxes.map((box) => box.right)) };
    };
    const screen = async () => (await page.locator("main.screen").boundingBox())!;

    expect(await tabEdges()).toEqual({ left: 0, right: 412 });

    await page.setViewportSize({ width: 1280, height: 800 });
    const column = await screen();
    expect(column.width).toBeLessThan(1000);
    expect(await tabEdges()).toEqual({ left: column.x, right: column.x + column.width });
    // The bar itself still spans the window.
    expect((await page.locator(".tabbar").boundingBox())?.width).toBe(1280);
  });
});
