// Helpers of the magnets screen's browser tests: sandbox magnets of a chosen fate, a row by the
// magnet's name, adding through the app's own form, a row's menu.
import { randomBytes } from "node:crypto";
import bencode from "bencode";
import type { Locator, Page } from "playwright-core";
import { waitUntil } from "../wait-until";
import { apiCall } from "./helpers";

/**
 * Sandbox hashes say what becomes of a magnet (docs/sandbox-magnets.md): first character 0 is
 * ready at once, e is slow (it stays queued), f fails; the third 8-f gives a folder tree; the
 * fourth 3/7/b/f gives the longest download (5 steps).
 */
export function sandboxMagnet(first: string, folders = true, name = `Test ${randomBytes(4).toString("hex")}`): string {
  const hash = `${first}${folders ? "1c3" : "113"}${randomBytes(20).toString("hex").slice(4)}`;
  // A name of its own (dn), so no two magnets of the account share one.
  return `magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(name)}`;
}

/** A row of the live list: not one of the last frame a restart paints before the app runs (inert). */
export const magnetRow = (page: Page, name: string): Locator =>
  page.locator("#root:not([inert]) li.magnet", { has: page.locator(".magnet-name", { hasText: name }) });

/** A minimal single-file .torrent; its info-hash (hence its sandbox fate) comes from the name. */
export function torrent(name: string): Buffer {
  return Buffer.from(bencode.encode({ info: { name, length: 1024, "piece length": 16_384, pieces: randomBytes(20) } }));
}

/** Opens the add panel unless it is open. */
export async function openAddPanel(page: Page): Promise<void> {
  const field = page.getByLabel("Magnet links or hashes, one per line");
  if (!(await field.isVisible())) await page.getByRole("button", { name: "Add", exact: true }).click();
  await field.waitFor();
}

/** Adds magnets through the form and returns the outcome lines (name or input, and what came of it). */
export async function addThroughForm(page: Page, lines: string[], expected = lines.length): Promise<string[]> {
  await openAddPanel(page);
  await page.getByLabel("Magnet links or hashes, one per line").fill(lines.join("\n"));
  // The outcomes of this add, not those of the one before: they are replaced once it is answered.
  const list = page.locator(".add-outcomes");
  const before = (await list.count()) ? await list.textContent() : null;
  await page.getByRole("button", { name: "Add magnets" }).click();
  const outcomes = page.locator(".add-outcomes li.ok .add-input");
  await waitUntil(
    async () => {
      const now = (await list.count()) ? await list.textContent() : null;
      return now !== before && (await outcomes.count()) === expected;
    },
    "the upload outcomes",
    { timeoutMs: 15_000 },
  );
  return outcomes.allTextContents();
}

/** Chooses an action in a row's "Actions for …" menu. */
export async function rowAction(page: Page, name: string, action: string): Promise<void> {
  await magnetRow(page, name)
    .getByRole("button", { name: `Actions for ${name}` })
    .click();
  await page.getByRole("menuitem", { name: action, exact: true }).click();
}

/** The names of the account's magnets as the server knows them. */
export async function serverNames(key: string): Promise<string[]> {
  const status = await apiCall<{ magnets: Array<{ filename: string }> }>(key, "/v4.1/magnet/status");
  if (status.status !== "success") throw new Error(status.error.message);
  return status.data.magnets.map((m) => m.filename);
}
