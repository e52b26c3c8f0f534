// The magnets screen against the real Worker, its live Durable Object and the sandbox (pace
// 300 ms a step): add, watch it go to Ready live in two tabs, filter, search, sort both ways,
// delete one after a confirmation, the words of adds (already there, given twice), dense rows
// with their dates, and an accessibility scan.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { waitUntil } from "../wait-until";
import { seriousViolations } from "./axe";
import { openBrowser } from "./browser";
import { apiCall, newSandboxKey, openSignedIn, signInWithKey } from "./helpers";
import { addThroughForm, magnetRow, rowAction, sandboxMagnet, serverNames } from "./magnet-helpers";

/** Samples a row every 50 ms until it says Ready: the statuses and progress values it went through. */
async function watchUntilReady(page: Page, name: string): Promise<{ statuses: string[]; progress: number[] }> {
  return page.evaluate(
    (wanted) =>
      new Promise<{ statuses: string[]; progress: number[] }>((resolve, reject) => {
        const statuses: string[] = [];
        const progress: number[] = [];
        const started = Date.now();
        const timer = setInterval(() => {
          const row = [...document.querySelectorAll("li.magnet")].find(
            (li) => li.querySelector(".magnet-name")?.textContent === wanted,
          );
          const bar = row?.querySelector("progress");
          if (bar) progress.push(bar.value);
          const status = row?.querySelector(".magnet-status")?.textContent ?? "";
          if (status && statuses.at(-1) !== status) statuses.push(status);
          if (status === "Ready") {
            clearInterval(timer);
            resolve({ statuses, progress });
          } else if (Date.now() - started > 20_000) {
            clearInterval(timer);
            reject(new Error(`not Ready after 20 s; seen: ${statuses.join(", ")}`));
          }
        }, 50);
      }),
    name,
  );
}

describe("the magnets screen", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn());
    await page.locator(".connection-status[data-status=live]").waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const names = () => page.locator("li.magnet .magnet-name").allTextContents();

  it("shows an added magnet progress live up to Ready, in this tab and in a second one", async () => {
    const other = await browser.newPage();
    await other.goto("/");
    await other.locator(".connection-status[data-status=live]").waitFor({ timeout: 15_000 });

    const [name] = await addThroughForm(page, [sandboxMagnet("a")]);
    expect(name).toBeTruthy();
    const [here, there] = await Promise.all([watchUntilReady(page, name!), watchUntilReady(other, name!)]);

    // It was seen processing before Ready, and its progress never went back.
    expect(here.statuses.length).toBeGreaterThan(1);
    expect(here.statuses.at(-1)).toBe("Ready");
    expect(here.progress).toEqual([...here.progress].sort((a, b) => a - b));
    expect(there.statuses.at(-1)).toBe("Ready");
    await other.close();
  });

  it("keeps a settled magnet to two lines: its name, then its status, size and when it was added and finished", async () => {
    const [name] = await addThroughForm(page, [sandboxMagnet("0", false)]);
    const row = magnetRow(page, name!);
    await row.locator(".magnet-status", { hasText: "Ready" }).waitFor({ timeout: 15_000 });
    const meta = await row.locator(".magnet-meta").textContent();
    expect(meta).toMatch(/^Ready[\d.]+\s(?:MB|GB)added \d\d:\d\d → , finished \d\d:\d\d$/);
    expect((await row.boundingBox())!.height).toBeLessThanOrEqual(90);
    expect(await row.locator("time").count()).toBe(2);
  });

  it("shows no seeders and no progress on a magnet still in the queue", async () => {
    const [name] = await addThroughForm(page, [sandboxMagnet("e")]);
    const row = magnetRow(page, name!);
    await row.locator(".magnet-status", { hasText: "In queue" }).waitFor({ timeout: 15_000 });
    expect(await row.textContent()).not.toMatch(/seeder|%/);
    expect(await row.locator("progress").count()).toBe(0);
  });

  it("says a magnet added twice is already in the magnets, and a magnet pasted twice once", async () => {
    const magnet = sandboxMagnet("0", false);
    const [first] = await addThroughForm(page, [magnet]);
    const hash = /btih:([0-9a-f]{40})/.exec(magnet)![1]!;
    const outcomes = await addThroughForm(page, [magnet, hash.toUpperCase()], 1);
    expect(outcomes).toEqual([first]);
    expect(await page.locator(".add-outcomes li.ok").textContent()).toContain("Already in your magnets");
  });

  it("filters by state and finds magnets by name", async () => {
    const [failing, ready] = await addThroughForm(page, [sandboxMagnet("f", false), sandboxMagnet("0", false)]);
    const failingRow = magnetRow(page, failing!);
    await failingRow.locator(".magnet[data-group=error], .magnet-status").first().waitFor();
    await page.locator(`li.magnet[data-group=error] .magnet-name`, { hasText: failing! }).waitFor({ timeout: 20_000 });

    await page.locator("label.filter-chip", { hasText: "Failed" }).click();
    await waitUntil(async () => (await names()).length === 1, "only the failed magnet", { timeoutMs: 5_000 });
    expect(await names()).toEqual([failing]);

    await page.locator("label.filter-chip", { hasText: "Ready" }).click();
    await waitUntil(
      async () => (await names()).includes(ready!) && !(await names()).includes(failing!),
      "ready magnets only",
      { timeoutMs: 5_000 },
    );

    await page.locator("label.filter-chip", { hasText: "All" }).click();
    await page.getByLabel("Search by name").fill(failing!.slice(0, 12).toUpperCase());
    await waitUntil(async () => (await names()).every((n) => n.startsWith(failing!.slice(0, 12))), "search", {
      timeoutMs: 5_000,
    });
    expect(await names()).toContain(failing);
    await page.getByLabel("Search by name").fill("no magnet has this name");
    await page.getByText("No magnet matches.").waitFor();
    await page.getByLabel("Search by name").fill("");
  });

  it("sorts by date added, name and size, each both ways", async () => {
    const sortBy = async (label: string) => {
      await page.getByLabel("Sort by").selectOption({ label });
      return names();
    };
    const newest = await sortBy("Newest");
    expect(await sortBy("Oldest")).toEqual([...newest].reverse());
    const az = await sortBy("Name A–Z");
    expect(az).toEqual([...az].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" })));
    expect(await sortBy("Name Z–A")).toEqual([...az].reverse());
    const largest = await sortBy("Largest");
    expect((await sortBy("Smallest"))[0]).toBe(largest.at(-1));
    await sortBy("Newest");
  });

  it("deletes a magnet from its row's menu only after confirmation, for good", async () => {
    const [name] = await addThroughForm(page, [sandboxMagnet("0", false)]);
    const row = magnetRow(page, name!);
    await row.waitFor();
    await rowAction(page, name!, "Delete");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Its files will no longer be available");
    await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
    await expect(row.count()).resolves.toBe(1);

    await rowAction(page, name!, "Delete");
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await waitUntil(async () => (await row.count()) === 0, "the row to go", { timeoutMs: 5_000 });
    await waitUntil(async () => !(await serverNames(key)).includes(name!), "the magnet deleted upstream", {
      timeoutMs: 20_000,
      // Twice a second: polling faster would spend the key\'s budget the app\'s own delete needs.
      everyMs: 500,
    });
  });

  it("copies a magnet's magnet link and hash from its row", async () => {
    await browser.grantPermissions(["clipboard-read", "clipboard-write"]);
    const magnet = sandboxMagnet("0", false);
    const hash = /btih:([0-9a-f]{40})/.exec(magnet)![1]!;
    const [name] = await addThroughForm(page, [magnet]);
    await rowAction(page, name!, "Copy magnet link");
    await magnetRow(page, name!).getByText("Magnet link copied.").waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(name!)}`);
    await rowAction(page, name!, "Copy hash");
    await waitUntil(async () => (await page.evaluate(() => navigator.clipboard.readText())) === hash, "the hash");
  });

  it("keeps the list where it is when its first rows take the place of Loading", async () => {
    // A device with no copy of the list yet: Loading shows until the live feed answers.
    const own = newSandboxKey();
    const films = ["Held film 1", "Held film 2", "Held film 3"];
    await apiCall(own, "/v4.1/magnet/upload", { "magnets[]": films.map((name) => sandboxMagnet("0", false, name)) });
    const device = await openBrowser();
    onTestFinished(() => device.close());
    const fresh = await device.newPage();
    await fresh.addInitScript(() => {
      localStorage.setItem("lang", "en");
      const moved: string[] = [];
      (window as unknown as { moved: string[] }).moved = moved;
      new PerformanceObserver((entries) => {
        for (const shift of entries.getEntries() as unknown as { sources: { node?: Node }[] }[]) {
          for (const source of shift.sources) moved.push((source.node as Element | undefined)?.className ?? "");
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await fresh.route("**/api/live/ticket", async (route) => {
      await held;
      await route.continue();
    });
    await signInWithKey(fresh, own);
    await fresh.locator(".magnets-empty").getByText("Loading").waitFor();
    answer();
    await fresh.locator("li.magnet").first().waitFor({ timeout: 15_000 });
    await fresh.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const moved = await fresh.evaluate(() => (window as unknown as { moved: string[] }).moved);
    expect(moved.filter((name) => name.includes("magnet-list"))).toEqual([]);
  });

  it("has no serious or critical accessibility violation, with the add panel and a row's menu open", async () => {
    await page.getByRole("button", { name: "Add", exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
    const first = page.locator("li.magnet .menu-button").first();
    await first.click();
    await page.locator(".action-menu:popover-open").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.locator(".action-menu:popover-open").waitFor({ state: "detached" });
  });
});
