// Offline: once the service worker is active, a reload without network still opens the app and
// shows the last known magnets with their age, and the header says the device is offline.
import { randomBytes } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser } from "./browser";
import { apiCall, newSandboxKey, openSignedIn, waitForServiceWorker } from "./helpers";

describe("offline", () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reloads without network and shows the last known magnets with their age", async () => {
    const key = newSandboxKey();
    const name = `Offline check ${randomBytes(3).toString("hex")}`;
    const magnet = `magnet:?xt=urn:btih:${randomBytes(20).toString("hex")}&dn=${encodeURIComponent(name)}`;
    const upload = await apiCall(key, "/v4.1/magnet/upload", { "magnets[]": magnet });
    expect(upload.status).toBe("success");

    const { page } = await openSignedIn({ key, browser });
    await page.locator(".magnet-name", { hasText: name }).waitFor({ timeout: 20_000 });
    await waitForServiceWorker(page);
    // The list is saved as it arrives (debounced): wait until IndexedDB holds it with this magnet.
    await page.waitForFunction(
      (magnetName) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open("debrid");
          open.onsuccess = () => {
            const get = open.result.transaction("snapshots").objectStore("snapshots").get("magnets");
            get.onsuccess = () => {
              open.result.close();
              resolve(JSON.stringify(get.result ?? null).includes(magnetName));
            };
          };
          open.onerror = () => resolve(false);
        }),
      name,
      { timeout: 10_000, polling: 200 },
    );

    await browser.setOffline(true);
    try {
      await page.reload();
      await page.locator(".magnet-name", { hasText: name }).waitFor({ timeout: 10_000 });
      const age = page.getByTestId("state-age");
      await age.waitFor({ timeout: 10_000 });
      await expect(age.textContent()).resolves.toMatch(/(Last updated|Mis à jour) .*(offline|hors ligne)/);
      await page.getByTestId("offline-indicator").waitFor({ timeout: 5_000 });
    } finally {
      await browser.setOffline(false);
    }
    await page.close();
  });
});
