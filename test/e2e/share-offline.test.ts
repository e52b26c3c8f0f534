// A share made offline, in Chromium: kept through reloads, queued in the outbox when the user
// adds it, and sent exactly once when the device is back online.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { apiCall, openSignedIn, sandboxStats } from "./helpers";
import { magnetOf, postShare, serviceWorkerInCharge } from "./share-post";

async function uploadsOf(key: string): Promise<number> {
  const stats = (await sandboxStats(key)) as { data?: { calls?: Record<string, number> } };
  return stats.data?.calls?.["/v4.1/magnet/upload"] ?? 0;
}

async function magnetNames(key: string): Promise<string[]> {
  const answer = await apiCall<{ magnets: Array<{ filename: string }> }>(key, "/v4.1/magnet/status");
  return answer.status === "success" ? answer.data.magnets.map((magnet) => magnet.filename) : [];
}

/** The states of the device's outbox entries, read straight from IndexedDB. */
function outboxStates(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("debrid");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("outbox").objectStore("outbox").getAll();
          read.onsuccess = () => resolve((read.result as Array<{ state: string }>).map((entry) => entry.state));
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

describe("sharing while offline", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn());
    await serviceWorkerInCharge(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps the share through reloads, queues it, and sends it exactly once back online", async () => {
    const item = page.locator("li.share-item", { hasText: "e2e-offline.iso" });
    await browser.setOffline(true);
    await postShare(page, {
      text: `For later: ${magnetOf("7777777777777777777777777777777777777777", "e2e-offline.iso")}`,
    });
    await page.getByText("You are offline").waitFor();
    await item.waitFor();

    await page.reload();
    await item.getByRole("button", { name: "Add" }).click();
    await item.getByText("Queued: sent once you are back online.").waitFor();
    expect(await uploadsOf(key)).toBe(0);

    // Queued counts as dealt with: the share leaves the store, the outbox keeps the upload.
    await page.reload();
    await page.getByText("Nothing is waiting here").waitFor();
    expect(await outboxStates(page)).toEqual(["queued"]);

    await browser.setOffline(false);
    await waitUntil(async () => (await magnetNames(key)).includes("e2e-offline.iso"), "the magnet upload", {
      timeoutMs: 15_000,
    });
    await waitUntil(async () => (await outboxStates(page)).every((state) => state === "sent"), "the outbox", {
      timeoutMs: 10_000,
    });

    await page.reload();
    await page.getByText("Nothing is waiting here").waitFor();
    await waitUntil(async () => (await outboxStates(page)).every((state) => state === "sent"), "the outbox", {
      timeoutMs: 10_000,
    });
    expect(await uploadsOf(key)).toBe(1);
    expect(await magnetNames(key)).toEqual(["e2e-offline.iso"]);
  });
});
