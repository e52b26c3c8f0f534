// The update prompt, tested the way a real deploy happens: a server of its own serves a copy of
// the build; once the app's service worker is active, the copy's sw.js is changed on disk (a
// new version: any byte change makes the browser install it), an update check runs (the one the
// app itself runs hourly), and the new worker waits. Only then does "A new version is ready"
// appear, and the page reloads into the new version only when the user taps Reload.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer } from "../../scripts/dev-server.mjs";
import { waitUntil } from "../wait-until";
import { openBrowser } from "./browser";
import { waitForServiceWorker } from "./helpers";

const dist = join(import.meta.dirname, "../../dist/web");

/** A complete copy of the build (another engineer's build may be rewriting dist at this moment). */
async function copyBuild(): Promise<string> {
  return waitUntil(
    () => {
      const dir = mkdtempSync(join(tmpdir(), "debrid-update-"));
      cpSync(dist, dir, { recursive: true });
      const html = existsSync(join(dir, "index.html")) ? readFileSync(join(dir, "index.html"), "utf8") : "";
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      if (existsSync(join(dir, "sw.js")) && assets.length > 0 && assets.every((a) => existsSync(join(dir, a))))
        return dir;
      rmSync(dir, { recursive: true, force: true });
      return null;
    },
    "a complete build in dist/web",
    { timeoutMs: 30_000, everyMs: 500 },
  );
}

describe("the update prompt", () => {
  let browser: BrowserContext;
  let server: { url: string; stop: () => Promise<void> };
  let build: string;
  beforeAll(async () => {
    build = await copyBuild();
    server = await startDevServer({}, { assets: build });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it("offers a new version only once one waits, and reloads into it when the user agrees", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/signin`);
    await waitForServiceWorker(page);
    // A first install is not an update: no prompt.
    await expect(page.getByTestId("update-prompt").isVisible()).resolves.toBe(false);

    // Deploy a second version of the service worker.
    const marker = `// second version ${Date.now()}`;
    writeFileSync(join(build, "sw.js"), `${readFileSync(join(build, "sw.js"), "utf8")}\n${marker}\n`);
    await waitUntil(async () => (await (await fetch(`${server.url}/sw.js`)).text()).includes(marker), "the new sw.js", {
      timeoutMs: 15_000,
    });

    await page.evaluate(() => {
      (window as { beforeUpdate?: boolean }).beforeUpdate = true;
    });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.getByTestId("update-prompt");
    await prompt.waitFor({ timeout: 20_000 });
    // The new version waits: the page has not been reloaded behind the user's back.
    await expect(
      page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    ).resolves.toBe(true);
    await expect(page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).resolves.toBe(true);

    await prompt.locator("button.primary").click();
    // The new worker takes over and the page reloads into it.
    await page.waitForFunction(() => !(window as { beforeUpdate?: boolean }).beforeUpdate, undefined, {
      timeout: 20_000,
    });
    await waitForServiceWorker(page);
    await expect(
      page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    ).resolves.toBe(false);
    await expect(page.getByTestId("update-prompt").isVisible()).resolves.toBe(false);
    await page.close();
  });
});
