// A 1280×800 window with the keyboard, as a week of use found it (issue 21): the side rail
// comes before the magnet rows in Tab order, a skip link jumps to the list, Ctrl+Enter adds from
// the Add magnets box, and turning notifications on where the browser has no push service gives
// up within 10 s and says so.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "./browser";
import { apiCall, openSignedIn } from "./helpers";
import { magnetRow, openAddPanel, sandboxMagnet } from "./magnet-helpers";

describe("the keyboard and the browser on a wide window", () => {
  let browser: BrowserContext;
  let page: Page;
  const name = `Keyboard-${Date.now().toString(36)}`;

  const typed = `Typed-${Date.now().toString(36)}`;

  beforeAll(async () => {
    let key: string;
    ({ browser, page, key } = await openSignedIn());
    await page.setViewportSize({ width: 1280, height: 800 });
    expect((await apiCall(key, "/v4.1/magnet/upload", { "magnets[]": sandboxMagnet("0", false, name) })).status).toBe(
      "success",
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** What has the focus, in words: a rail link's label, a row's magnet name, or the element's name. */
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return "";
      if (element.closest(".tabbar")) return `rail:${element.textContent}`;
      if (element.closest("li.magnet"))
        return `row:${element.closest("li.magnet")?.querySelector(".magnet-name")?.textContent}`;
      return element.getAttribute("aria-label") ?? element.textContent?.trim() ?? element.tagName;
    });

  it("adds the magnets typed in the Add box with Ctrl+Enter", async () => {
    await openAddPanel(page);
    await page.getByLabel("Magnet links or hashes, one per line").fill(sandboxMagnet("0", false, typed));
    await page.keyboard.press("Control+Enter");
    await page.locator(".add-outcomes li.ok", { hasText: "Added" }).waitFor({ timeout: 15_000 });
    await magnetRow(page, typed).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Close" }).click();
  });

  it("reaches the side rail before any magnet row with Tab, and skips to the list with a link", async () => {
    await page.goto("/");
    await magnetRow(page, name).waitFor({ timeout: 15_000 });
    const order: string[] = [];
    for (let i = 0; i < 40 && !order.some((stop) => stop.startsWith("row:")); i++) {
      await page.keyboard.press("Tab");
      order.push(await focused());
    }
    const firstRow = order.findIndex((stop) => stop.startsWith("row:"));
    expect(firstRow).toBeGreaterThan(0);
    expect(order.slice(0, firstRow).filter((stop) => stop.startsWith("rail:"))).toEqual([
      "rail:Magnets",
      "rail:Links",
      "rail:Saved",
      "rail:Account",
      "rail:Settings",
    ]);

    // From the top: the second stop skips everything before the list.
    await page.goto("/");
    await magnetRow(page, name).waitFor({ timeout: 15_000 });
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to content");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to the magnets list");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("magnet-list");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe(`row:${await page.locator("li.magnet .magnet-name").first().textContent()}`);
  });

  it("gives up turning notifications on within 10 s where the browser has no push service, and says so", async () => {
    const settings = await browser.newPage();
    await browser.grantPermissions(["notifications"], { origin: baseUrl() });
    // A browser without a push service (no Google services, headless) never answers a subscription.
    await settings.addInitScript(() => {
      localStorage.setItem("lang", "en");
      PushManager.prototype.subscribe = () => new Promise(() => undefined);
    });
    await settings.goto("/settings");
    const toggle = settings.getByLabel("Notify me when a magnet is done (on this device)");
    await toggle.check();
    await settings.getByText("This browser has no push service").waitFor({ timeout: 10_000 });
    expect(await toggle.isChecked()).toBe(false);
    expect(await toggle.isEnabled()).toBe(true);
    await settings.close();
  });
});
