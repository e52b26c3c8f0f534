// The installed app's last frame (web/app/last-frame.ts, web/boot/first-frame.js): a restart
// paints the magnets screen as it was left before any of the app's code runs, and the live
// screen takes its place with no blank frame between; a frame that would show something else
// (a search, a magnet opened by its address, another language) is not painted.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { launchChromium } from "../../scripts/chromium.mjs";
import { baseUrl, openBrowser } from "./browser";
import { apiCall, newSandboxKey, openSignedIn, signInWithKey, waitForServiceWorker } from "./helpers";
import { sandboxMagnet } from "./magnet-helpers";

interface Seen {
  /** The first magnet row was in the frame the boot script painted (not rendered by the app). */
  fromFrame: boolean;
  /** The page could not be used while the frame showed. */
  inert: boolean;
  frameRows: number;
  /** The frame showed the last session's connection (its chip or its line). */
  connection: boolean;
  /** Where the title row's "More actions" button was in the frame, and in the live screen's first frame (x, px). */
  menuX: number;
  liveMenuX: number;
  /** The order the frame's sort menu showed. */
  sort: string;
  /** Animation frames without a magnet row, after the first row showed. */
  blankFrames: number;
  /** The live screen has replaced the frame. */
  live: boolean;
}

/** Records, on each load of `page`, where its first row came from and every frame after it. */
async function watchRows(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = {
      fromFrame: false,
      inert: false,
      frameRows: 0,
      connection: false,
      menuX: 0,
      liveMenuX: 0,
      sort: "",
      blankFrames: 0,
      live: false,
    };
    const menuX = (root: HTMLElement) =>
      root.querySelector(".magnets-header .menu-button")?.getBoundingClientRect().x ?? Number.NaN;
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver((_, observer) => {
      const root = document.getElementById("root");
      if (!root || !document.querySelector("li.magnet")) return;
      observer.disconnect();
      seen.fromFrame = root.dataset.lastFrame !== undefined;
      seen.inert = root.inert;
      seen.frameRows = document.querySelectorAll("li.magnet").length;
      seen.connection = [...root.querySelectorAll(".connection-status, .connection")].some((shown) =>
        shown.checkVisibility({ visibilityProperty: true }),
      );
      seen.menuX = menuX(root);
      seen.sort = root.querySelector<HTMLSelectElement>("#magnet-sort")?.value ?? "";
      const everyFrame = () => {
        if (!document.querySelector("li.magnet")) seen.blankFrames++;
        // The live app takes the frame's place as #root of its own (web/app/start.tsx).
        const now = document.getElementById("root");
        if (now && now.dataset.lastFrame === undefined && !now.inert && !seen.live) {
          seen.live = true;
          seen.liveMenuX = menuX(now);
        }
        requestAnimationFrame(everyFrame);
      };
      requestAnimationFrame(everyFrame);
    }).observe(document, { childList: true, subtree: true });
  });
}

const seenOn = async (page: Page): Promise<Seen> => {
  await page.waitForFunction(() => (window as unknown as { seen: Seen }).seen.live, undefined, { timeout: 15_000 });
  // A few frames more: the one after the hand-over must show rows too.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => (window as unknown as { seen: Seen }).seen);
};

describe("the last frame", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;
  const names = Array.from({ length: 20 }, (_, i) => `Frame film ${String(i + 1).padStart(2, "0")}`);

  beforeAll(async () => {
    browser = await openBrowser();
    key = newSandboxKey();
    await apiCall(key, "/v4.1/magnet/upload", { "magnets[]": names.map((name) => sandboxMagnet("0", false, name)) });
    ({ page } = await openSignedIn({ key, browser }));
    await page.locator(".magnets-count").getByText("20 of 20").waitFor({ timeout: 20_000 });
    await waitForServiceWorker(page);
    await watchRows(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("paints the list as it was left at an offline restart, then hands over to the live list with no blank frame", async () => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") refused.push(message.text());
    });
    await browser.setOffline(true);
    try {
      await page.getByTestId("offline-indicator").waitFor({ timeout: 5_000 });
      // The frame keeps the rows on screen, not the twenty.
      const onScreen = await page.evaluate(
        () =>
          [...document.querySelectorAll("li.magnet")].filter((row) => row.getBoundingClientRect().top < innerHeight)
            .length,
      );
      expect(onScreen).toBeLessThan(20);
      await page.reload();
      const seen = await seenOn(page);
      // Without the last session's connection: it was offline then, and is said anew. Its chip
      // keeps its room, so the title row's buttons stay where they are at the hand-over.
      expect(seen).toMatchObject({
        fromFrame: true,
        inert: true,
        frameRows: onScreen,
        connection: false,
        blankFrames: 0,
      });
      expect(seen.menuX).toBeGreaterThan(0);
      expect(seen.liveMenuX).toBe(seen.menuX);
      // The live list: all twenty, and a row answers a tap.
      await page.locator(".magnets-count").getByText("20 of 20").waitFor({ timeout: 10_000 });
      await page.locator("li.magnet .magnet-main").first().click();
      await expect(page.locator("li.magnet .magnet-main").first().getAttribute("aria-expanded")).resolves.toBe("true");
      // The apikey is in no frame kept on the device.
      expect(await page.evaluate(() => localStorage.getItem("lastFrame"))).not.toContain(key);
      // Nothing in the frame was refused by the CSP (a style attribute would be).
      expect(refused.filter((text) => text.includes("Content Security Policy"))).toEqual([]);
    } finally {
      await browser.setOffline(false);
    }
  });

  it("paints no frame after the list was left with a magnet open or a search typed", async () => {
    // The previous test left a magnet's details open.
    await page.reload();
    expect((await seenOn(page)).fromFrame).toBe(false);

    await page.getByRole("searchbox").fill("film 07");
    await page.locator(".magnets-count").getByText("1 of 20").waitFor();
    await page.reload();
    expect((await seenOn(page)).fromFrame).toBe(false);
    // The search is not kept: the list opens whole, and is kept as the next frame, in the order chosen.
    await page.locator(".magnets-count").getByText("20 of 20").waitFor();
    await page.locator("#magnet-sort").selectOption("name");
    await page.reload();
    expect(await seenOn(page)).toMatchObject({ fromFrame: true, sort: "name" });

    // A notification's address opens one magnet, not the list as it opens: no frame, and the magnet opens.
    const nameId = (await page.locator("li.magnet .magnet-name").last().getAttribute("id")) ?? "";
    const id = nameId.match(/^magnet-(\d+)-name$/)?.[1];
    expect(id).toBeDefined();
    await page.goto(`/?magnet=${id}`);
    expect((await seenOn(page)).fromFrame).toBe(false);
    const opened = page.locator("li.magnet", { has: page.locator(`#${nameId}`) }).locator(".magnet-main");
    await expect.poll(() => opened.getAttribute("aria-expanded")).toBe("true");
  });

  it("draws the app with its styles when they come after its code, over a frame still waiting for them", async () => {
    // No service worker, so that the screen's stylesheet can be held back on its way.
    const device = await launchChromium({
      baseURL: baseUrl(),
      viewport: { width: 412, height: 915 },
      serviceWorkers: "block",
    });
    onTestFinished(() => device.close());
    const slow = await device.newPage();
    await slow.addInitScript(() => localStorage.setItem("lang", "en"));
    await signInWithKey(slow, key);
    await slow.locator(".magnets-count").getByText("20 of 20").waitFor({ timeout: 20_000 });
    await slow.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const area = document.querySelector<HTMLElement>("#root:not([inert]) .magnet-list-area");
        if (!area) return;
        observer.disconnect();
        (window as unknown as { drawn: string }).drawn = getComputedStyle(area).display;
      }).observe(document, { childList: true, subtree: true });
    });
    await slow.route(/\/assets\/app-.*\.css$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await slow.reload();
    await slow.waitForFunction(() => (window as unknown as { drawn?: string }).drawn !== undefined);
    // magnets.css lays the list's area out as its own formatting context: drawn with its styles.
    expect(await slow.evaluate(() => (window as unknown as { drawn: string }).drawn)).toBe("flow-root");
  });

  it("paints no damaged frame, and starts as without one", async () => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Damaged as the page starts, before the boot scripts read it (this page is not used after this test).
    await page.addInitScript(() => {
      const kept = JSON.parse(localStorage.getItem("lastFrame") ?? "{}");
      localStorage.setItem("lastFrame", JSON.stringify({ ...kept, styles: "damaged", html: 5 }));
    });
    await page.reload();
    expect((await seenOn(page)).fromFrame).toBe(false);
    await page.locator(".magnets-count").getByText("20 of 20").waitFor();
    expect(errors).toEqual([]);
  });

  it("paints no frame kept in another language", async () => {
    const french = await browser.newPage();
    await french.addInitScript(() => localStorage.setItem("lang", "fr"));
    await watchRows(french);
    await french.goto("/");
    expect((await seenOn(french)).fromFrame).toBe(false);
    await french.getByLabel("Rechercher par nom").waitFor();
    await french.close();
  });
});
