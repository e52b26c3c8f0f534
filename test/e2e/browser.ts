// Opens a fresh Chromium profile (real IndexedDB and service worker) against the test server.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { inject } from "vitest";

export const baseUrl = () => inject("baseUrl");

export async function openBrowser(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), "debrid-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: inject("chromium"),
    baseURL: inject("baseUrl"),
    viewport: { width: 412, height: 915 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
