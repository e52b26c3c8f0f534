// When AllDebrid refuses a call from a server (NO_SERVER, MAGNET_NO_SERVER), the app repeats it
// from the device straight to the upstream (here the sandbox), unless the user chose "edge only".
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "./browser";
import { openSignedIn, sandboxStats } from "./helpers";

async function refuseServerCalls(key: string): Promise<void> {
  const response = await fetch(`${baseUrl()}/sandbox/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ apikey: key, faults: [{ type: "noServer" }] }),
  });
  expect(response.ok).toBe(true);
}

function unlockCalls(stats: Record<string, unknown>): number {
  const { data } = stats as { data?: { calls?: Record<string, number> } };
  return data?.calls?.["/v4.1/link/unlock"] ?? 0;
}

describe("calls refused from servers", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn());
    await refuseServerCalls(key);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function unlock(link: string) {
    await page.goto("/links");
    await page.getByLabel("Links to unlock").fill(link);
    await page.getByRole("button", { name: "Unlock links" }).click();
    return page.locator("li.link-card", { hasText: link.split("/").at(-1)! });
  }

  it("unlock from the device when the edge is refused (automatic)", async () => {
    const card = await unlock("https://example.com/e2e/size-2048/refused.zip");
    await card.getByRole("link", { name: "Open" }).waitFor({ timeout: 15_000 });
    // One call through the edge (refused with NO_SERVER), then one straight from the device.
    expect(unlockCalls(await sandboxStats(key))).toBe(2);
  });

  it("show the refusal in words when the user chose this deployment only", async () => {
    await page.goto("/settings");
    await page.getByLabel("Always go through the server (blocked actions fail)").check();
    const card = await unlock("https://example.com/e2e/size-2048/edge-only.zip");
    await card.getByText(/servers are not allowed|VPN/i).waitFor({ timeout: 15_000 });
    expect(await card.getByRole("link", { name: "Open" }).count()).toBe(0);
    expect(unlockCalls(await sandboxStats(key))).toBe(3);
  });
});
