// The one way this project drives Debian's Chromium (browser tests, screenshots, the benchmark):
// the flags that work headless as root and offline, a fresh profile in a temporary folder, and
// signing a page in with an apikey as a person would.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ensureChromium } from "./ensure-chromium.mjs";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A persistent context (real IndexedDB and service worker) on a new profile, or on `profile` (a
 * folder a context was launched on before: the browser starts again, as after a restart); `args`
 * adds flags.
 * @param {{ args?: string[], profile?: string } & Record<string, unknown>} [options]
 */
export function launchChromium({
  args = [],
  profile = mkdtempSync(join(tmpdir(), "debrid-chromium-")),
  ...options
} = {}) {
  return chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    args: [...CHROMIUM_FLAGS, ...args],
    ...options,
  });
}

/** Signs `page` in with `key` on the sign-in screen and waits for the magnets screen. */
export async function signIn(page, key) {
  await page.goto("/signin");
  await page.locator("#apikey").fill(key);
  await page.locator("form.signin-key button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
}
