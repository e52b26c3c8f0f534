// Choosing several magnets in Chromium against the sandbox: a tap on a row selects it, the
// bar sticks under the header (never over it) on one line at 360 px, the rows' menus step aside,
// several are deleted after one confirmation, and all the failed or all the finished magnets are
// deleted from one tap, with the usual question.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { seriousViolations } from "./axe";
import { openSignedIn } from "./helpers";
import { addThroughForm, magnetRow, openAddPanel, sandboxMagnet, serverNames, torrent } from "./magnet-helpers";

describe("choosing several magnets", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn());
    await page.setViewportSize({ width: 360, height: 800 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("selects a magnet with a tap anywhere on its row, and hides the rows' menus meanwhile", async () => {
    const names = await addThroughForm(page, [sandboxMagnet("0", false), sandboxMagnet("0", false)]);
    await page.getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: "Select", exact: true }).click();
    expect(await page.locator("li.magnet .menu-button").count()).toBe(0);
    // A tap on the name, not on the box: the row is the box's label.
    await magnetRow(page, names[0]!).locator(".magnet-name").click();
    await page.getByText("1 selected").waitFor();
    expect(await page.getByLabel(`Select ${names[0]}`).isChecked()).toBe(true);
    await magnetRow(page, names[1]!).locator(".magnet-meta").click();
    await page.getByText("2 selected").waitFor();
    await magnetRow(page, names[0]!).locator(".magnet-name").click();
    await page.getByText("1 selected").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("keeps the selection bar on one line at 360 px, stuck under the header when the list scrolls", async () => {
    await addThroughForm(
      page,
      Array.from({ length: 12 }, () => sandboxMagnet("0", false)),
    );
    await page.getByRole("button", { name: "Close" }).click();
    const bar = page.getByRole("toolbar");
    const box = (await bar.boundingBox())!;
    expect(box.height).toBeLessThan(56);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.mouse.wheel(0, 1500);
    await waitUntil(async () => (await page.evaluate(() => window.scrollY)) > 300, "the list to scroll");
    const header = (await page.locator("header.topbar").boundingBox())!;
    const stuck = (await bar.boundingBox())!;
    expect(stuck.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(stuck.y).toBeLessThan(header.y + header.height + 4);
    await page.getByRole("button", { name: "Leave selection" }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it("deletes several magnets at once after one confirmation, with the plural said right", async () => {
    const names = [1, 2].map((n) => `Selection ${n} ${Date.now().toString(36)}.bin`);
    await openAddPanel(page);
    await page
      .getByLabel("Choose .torrent files")
      .setInputFiles(
        names.map((name) => ({ name: `${name}.torrent`, mimeType: "application/octet-stream", buffer: torrent(name) })),
      );
    for (const name of names) await magnetRow(page, name).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: "Select", exact: true }).click();
    for (const name of names) await page.getByLabel(`Select ${name}`).check();
    await page.getByText("2 selected").waitFor();
    await page.getByRole("toolbar").getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Delete 2 magnets?").waitFor();
    expect(await dialog.textContent()).toContain("Their files will no longer be available");
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await waitUntil(
      async () => (await magnetRow(page, names[0]!).count()) + (await magnetRow(page, names[1]!).count()) === 0,
      "both rows to go",
      { timeoutMs: 5_000 },
    );
    await waitUntil(async () => (await serverNames(key)).every((n) => !names.includes(n)), "both deleted upstream", {
      timeoutMs: 20_000,
      // Twice a second: polling faster would spend the key\'s budget the app\'s own delete needs.
      everyMs: 500,
    });
  });

  it("deletes all the failed magnets from one tap, after the usual confirmation", async () => {
    const [failing] = await addThroughForm(page, [sandboxMagnet("f", false)]);
    await page.locator("li.magnet[data-group=error]").filter({ hasText: failing! }).waitFor({ timeout: 20_000 });
    await page.locator("label.filter-chip", { hasText: "Failed" }).click();
    const failed = await page.locator("li.magnet").count();
    await page.getByRole("button", { name: `Delete all failed (${failed})` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(`Delete ${failed} failed ${failed === 1 ? "magnet" : "magnets"}?`).waitFor();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByText("No magnet matches.").waitFor();
    await waitUntil(async () => !(await serverNames(key)).includes(failing!), "the failed magnet deleted upstream", {
      timeoutMs: 20_000,
      // Twice a second: polling faster would spend the key\'s budget the app\'s own delete needs.
      everyMs: 500,
    });
    await page.locator("label.filter-chip", { hasText: "All" }).click();
  });

  it("deletes all the finished magnets from the screen's menu too, and not before the question is answered", async () => {
    const ready = (await serverNames(key)).length;
    await page.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: /^Delete all finished \(\d+\)$/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/^Delete \d+ finished magnets\?$/).waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await serverNames(key)).length).toBe(ready);
    await page.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: /^Delete all finished/ }).click();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByText("No magnets yet.", { exact: false }).waitFor({ timeout: 10_000 });
  });
});
