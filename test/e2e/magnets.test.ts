// The magnets screen against the real Worker, its live Durable Object and the sandbox (pace
// 300 ms a step): add, watch it go to Ready live in two tabs, browse files, unlock, delete,
// filter and search, and an accessibility scan.
import { randomBytes } from "node:crypto";
import bencode from "bencode";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { seriousViolations } from "./axe";
import { apiCall, openSignedIn } from "./helpers";

/**
 * Sandbox hashes say what becomes of a magnet (docs/sandbox-magnets.md): first character 0 is
 * ready at once, f fails; the third 8-f gives a folder tree; the fourth 3/7/b/f gives the
 * longest download (5 steps).
 */
function sandboxMagnet(first: string, folders = true): string {
  const hash = `${first}${folders ? "1c3" : "113"}${randomBytes(20).toString("hex").slice(4)}`;
  // A name of its own (dn), so no two magnets of the account share one.
  return `magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(`Test ${randomBytes(4).toString("hex")}`)}`;
}

const magnetRow = (page: Page, name: string) =>
  page.locator("li.magnet", { has: page.locator(".magnet-name", { hasText: name }) });

/** A minimal single-file .torrent; its info-hash (hence its sandbox fate) comes from the name. */
function torrent(name: string): Buffer {
  return Buffer.from(bencode.encode({ info: { name, length: 1024, "piece length": 16_384, pieces: randomBytes(20) } }));
}

/** Adds magnets through the form and returns the names the upload gave them. */
async function addThroughForm(page: Page, lines: string[]): Promise<string[]> {
  const field = page.getByLabel("Magnet links or hashes, one per line");
  if (!(await field.isVisible())) await page.getByRole("button", { name: "Add", exact: true }).click();
  await field.fill(lines.join("\n"));
  await page.getByRole("button", { name: "Add magnets" }).click();
  const outcomes = page.locator(".add-outcomes li.ok .add-input");
  await waitUntil(async () => (await outcomes.count()) === lines.length, "the upload outcomes", { timeoutMs: 15_000 });
  return outcomes.allTextContents();
}

/** Samples a row's progress bar in the page every 50 ms until it says Ready. */
async function watchUntilReady(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<number[]>((resolve, reject) => {
        const seen: number[] = [];
        const started = Date.now();
        const timer = setInterval(() => {
          const row = [...document.querySelectorAll("li.magnet")].find(
            (li) => li.querySelector(".magnet-name")?.textContent === wanted,
          );
          const progress = row?.querySelector("progress");
          if (progress) seen.push(progress.value);
          if (row?.querySelector(".magnet-status")?.textContent === "Ready") {
            clearInterval(timer);
            resolve(seen);
          } else if (Date.now() - started > 20_000) {
            clearInterval(timer);
            reject(new Error(`not Ready after 20 s; progress seen: ${seen.join(", ")}`));
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
    await page.getByText("Live", { exact: true }).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The names of the account's magnets as the server knows them. */
  async function serverNames(): Promise<string[]> {
    const status = await apiCall<{ magnets: Array<{ filename: string }> }>(key, "/v4.1/magnet/status");
    if (status.status !== "success") throw new Error(status.error.message);
    return status.data.magnets.map((m) => m.filename);
  }

  it("shows an added magnet progress live up to Ready, in this tab and in a second one", async () => {
    const other = await browser.newPage();
    await other.goto("/");
    await other.getByText("Live", { exact: true }).waitFor({ timeout: 15_000 });

    const [name] = await addThroughForm(page, [sandboxMagnet("a")]);
    expect(name).toBeTruthy();
    const seenHere = watchUntilReady(page, name!);
    const seenThere = watchUntilReady(other, name!);
    const [here, there] = await Promise.all([seenHere, seenThere]);

    // It was seen processing before Ready, and its progress never went back.
    expect(here.length).toBeGreaterThan(0);
    expect(here).toEqual([...here].sort((a, b) => a - b));
    expect(here.at(-1)!).toBeGreaterThan(here[0]!);
    expect(there.length).toBeGreaterThan(0);
    await expect(magnetRow(other, name!).locator(".magnet-status").textContent()).resolves.toBe("Ready");
    await other.close();
  });

  it("browses the files tree of a ready magnet and unlocks a file that downloads from the sandbox", async () => {
    const [name] = await addThroughForm(page, [sandboxMagnet("0")]);
    const row = magnetRow(page, name!);
    await row.locator(".magnet-status", { hasText: "Ready" }).waitFor({ timeout: 15_000 });
    await row.getByRole("button", { name: "Files", exact: true }).click();
    const tree = row.locator(".file-tree").first();
    await tree.waitFor({ timeout: 10_000 });
    // Nested folders: Subs/Extras holds the commentary file.
    await expect(row.locator("summary", { hasText: "Subs" }).count()).resolves.toBe(1);
    await expect(row.locator("summary", { hasText: "Extras" }).count()).resolves.toBe(1);
    const readme = row.locator("li.file-item", { hasText: "README.txt" });
    await readme.getByRole("button", { name: "Unlock", exact: true }).click();
    const open = readme.getByRole("link", { name: "Open" });
    await open.waitFor({ timeout: 30_000 });
    const href = await open.getAttribute("href");
    expect(href).toBeTruthy();
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect((await download.body()).length).toBe(1523);
  });

  it("filters by state and finds magnets by name", async () => {
    const [failing, ready] = await addThroughForm(page, [sandboxMagnet("f", false), sandboxMagnet("0", false)]);
    const failingRow = magnetRow(page, failing!);
    await failingRow
      .locator(".magnet-status")
      .filter({ hasNotText: /In queue|Downloading/ })
      .waitFor({ timeout: 20_000 });
    await expect(failingRow.getByRole("button", { name: "Restart", exact: true }).isVisible()).resolves.toBe(true);

    await page.locator("label.filter-chip", { hasText: "Failed" }).click();
    const names = () => page.locator("li.magnet .magnet-name").allTextContents();
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

  it("deletes a magnet only after confirmation, for good", async () => {
    const [name] = await addThroughForm(page, [sandboxMagnet("0", false)]);
    const row = magnetRow(page, name!);
    await row.waitFor();
    await row.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
    await expect(row.count()).resolves.toBe(1);

    await row.getByRole("button", { name: "Delete", exact: true }).click();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await waitUntil(async () => (await row.count()) === 0, "the row to go", { timeoutMs: 5_000 });
    await waitUntil(async () => !(await serverNames()).includes(name!), "the magnet deleted upstream", {
      timeoutMs: 10_000,
    });
  });

  it("adds .torrent files from the picker, then deletes several magnets at once after one confirmation", async () => {
    const names = [1, 2].map((n) => `Selection ${n} ${randomBytes(3).toString("hex")}.bin`);
    const files = names.map((name) => ({
      name: `${name}.torrent`,
      mimeType: "application/octet-stream",
      buffer: torrent(name),
    }));
    if (!(await page.getByLabel("Magnet links or hashes, one per line").isVisible()))
      await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByLabel("Choose .torrent files").setInputFiles(files);
    for (const name of names) await magnetRow(page, name).waitFor({ timeout: 15_000 });

    await page.getByRole("button", { name: "Select", exact: true }).click();
    for (const name of names) await page.getByLabel(`Select ${name}`).check();
    await page.getByText("2 selected").waitFor();
    await page.locator(".selection-bar").getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Delete 2 magnets?").waitFor();
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await waitUntil(
      async () => (await magnetRow(page, names[0]!).count()) + (await magnetRow(page, names[1]!).count()) === 0,
      "both rows to go",
      { timeoutMs: 5_000 },
    );
    // The list changes at once; the deletes reach the server just after.
    await waitUntil(async () => (await serverNames()).every((n) => !names.includes(n)), "both deleted upstream", {
      timeoutMs: 10_000,
    });
  });

  it("has no serious or critical accessibility violation", async () => {
    await page.getByRole("button", { name: "Add", exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
