import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser } from "./browser";

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
});
