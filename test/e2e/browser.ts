// Opens a fresh Chromium profile (real IndexedDB and service worker) against the test server.
import type { BrowserContext } from "playwright-core";
import { inject } from "vitest";
import { launchChromium } from "../../scripts/chromium.mjs";

export const baseUrl = () => inject("baseUrl");

export async function openBrowser(): Promise<BrowserContext> {
  return launchChromium({ baseURL: inject("baseUrl"), viewport: { width: 412, height: 915 } });
}
