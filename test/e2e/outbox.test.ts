// The outbox: a magnet added while offline is queued, shown in the list at once with its name as
// waiting, the header's chip leads to the outbox itself, and the add is sent exactly once when
// the device is back online (the sandbox counts the calls it received).
import { randomBytes } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { openBrowser } from "./browser";
import { openSignedIn, sandboxStats, waitForServiceWorker } from "./helpers";

async function uploadCalls(key: string): Promise<number> {
  const stats = (await sandboxStats(key)) as { data?: { calls?: Record<string, number> } };
  return stats.data?.calls?.["/v4.1/magnet/upload"] ?? 0;
}

describe("the outbox", () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sends an action queued offline exactly once when back online", async () => {
    const { page, key } = await openSignedIn({ browser });
    await waitForServiceWorker(page);

    await browser.setOffline(true);
    const magnet = `magnet:?xt=urn:btih:${randomBytes(20).toString("hex")}&dn=Queued+offline`;
    try {
      await page.goto("/?add=magnet");
      await page.locator("#add-magnets-text").fill(magnet);
      await page.locator(".add-magnets button[type=submit]").click();
      // At once in the list, with its name, marked as waiting.
      const pending = page.locator("li.magnet-pending", { hasText: "Queued offline" });
      await pending.getByText("Waiting to send").waitFor({ timeout: 5_000 });
      // The header's chip leads to the outbox itself, where the entry says what it holds.
      await page.getByRole("link", { name: "1 waiting to send" }).click();
      await page.waitForURL("**/settings/outbox");
      await page.getByRole("heading", { name: "Outbox", level: 1 }).waitFor();
      const entry = page.getByTestId("outbox-entry");
      await entry.waitFor({ timeout: 10_000 });
      await expect(entry.getAttribute("data-state")).resolves.toBe("queued");
      // Worded from the call it holds: what it does, how many, and the magnet's name.
      await expect(entry.locator(".outbox-label").textContent()).resolves.toBe("Add 1 magnet: Queued offline");
      expect(await uploadCalls(key)).toBe(0);
    } finally {
      await browser.setOffline(false);
    }

    // Back online: the "online" event sends it; the list shows it as sent.
    await page.locator("[data-testid=outbox-entry][data-state=sent]").waitFor({ timeout: 20_000 });
    expect(await uploadCalls(key)).toBe(1);

    // A reload and another "online" event do not send it again.
    await page.reload();
    await page.locator("[data-testid=outbox-entry][data-state=sent]").waitFor({ timeout: 10_000 });
    await browser.setOffline(true);
    await browser.setOffline(false);
    await page.goto("/");
    await page.locator(".magnet-name", { hasText: "Queued offline" }).waitFor({ timeout: 20_000 });
    await waitUntil(async () => (await uploadCalls(key)) === 1, "the count to stay at one", { timeoutMs: 2_000 });
    expect(await uploadCalls(key)).toBe(1);
    await page.close();
  });
});
