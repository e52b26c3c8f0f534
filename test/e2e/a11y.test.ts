// Accessibility of the platform's screens: axe-core finds no serious or critical violation on
// sign-in, settings (with an outbox entry) and the shell, in the light and the dark theme.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { openBrowser } from "./browser";
import { openSignedIn } from "./helpers";

describe.each(["light", "dark"] as const)("accessibility in the %s theme", (scheme) => {
  let browser: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("has no serious violation on the sign-in screen", async () => {
    const signIn = await browser.newPage();
    await signIn.emulateMedia({ colorScheme: scheme });
    await signIn.goto("/signin");
    await signIn.getByTestId("pin").waitFor({ timeout: 15_000 });
    expect(await seriousViolations(signIn)).toEqual([]);
    await signIn.close();
  });

  it("has no serious violation in the shell and on Settings with an outbox entry", async () => {
    ({ page } = await openSignedIn({ browser }));
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator(".tabbar").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto("/settings");
    await page.locator(".settings").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Opening the sign-out confirmation keeps it accessible too.
    await page.locator(".settings button.danger").click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("moves through the shell with the keyboard, with a visible focus", async () => {
    await page.goto("/settings");
    await page.locator(".settings").waitFor();
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.className ?? "");
    expect(first).toContain("skip-link");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
  });
});
