// The Saved screen in Chromium against the sandbox: saved links (save, list, unlock, delete one
// or many) and the recent history (an unlock adds to it, purge empties it).
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { seriousViolations } from "./axe";
import { apiCall, openSignedIn } from "./helpers";

interface LinksData {
  links: Array<{ link: string; filename: string }>;
}

describe("the Saved screen", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;
  // The browser's own confirm() is gone: any native dialog is recorded so a test can fail on it.
  const nativeDialogs: string[] = [];

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn());
    page.on("dialog", (dialog) => {
      nativeDialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function savedOnAccount(): Promise<string[]> {
    const answer = await apiCall<LinksData>(key, "/v4.1/user/links");
    if (answer.status !== "success") throw new Error(answer.error.code);
    return answer.data.links.map((link) => link.link);
  }

  async function historyOnAccount(): Promise<string[]> {
    const answer = await apiCall<LinksData>(key, "/v4.1/user/history");
    if (answer.status !== "success") throw new Error(answer.error.code);
    return answer.data.links.map((link) => link.link);
  }

  const row = (text: string) => page.locator("li.saved-row", { hasText: text });
  const dialog = () => page.getByRole("dialog");

  it("saves pasted links and lists them", async () => {
    await page.goto("/saved");
    await page.getByLabel("Links to save").fill("https://example.com/saved-a.zip\nhttps://example.com/saved-b.zip");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await row("saved-a.zip").waitFor();
    await row("saved-b.zip").waitFor();
    await page.getByRole("tab", { name: "Saved (2)" }).waitFor();
    expect(await savedOnAccount()).toEqual(["https://example.com/saved-a.zip", "https://example.com/saved-b.zip"]);
  });

  it("unlocks a saved link on the Links screen", async () => {
    await page.getByRole("button", { name: "Unlock saved-a.zip" }).click();
    await page.waitForURL("**/links");
    await page.locator("li.link-card", { hasText: "saved-a.zip" }).getByRole("link", { name: "Open" }).waitFor();
  });

  it("lists the unlocked link in the history, then purges the history after a confirmation", async () => {
    await page.goto("/saved");
    await page.getByRole("tab", { name: /History/ }).click();
    await row("saved-a.zip").waitFor();
    expect(await historyOnAccount()).toContain("https://example.com/saved-a.zip");
    await page.getByRole("button", { name: "Purge history" }).click();
    await dialog().getByRole("heading", { name: "Purge your recent history?" }).waitFor();
    expect(await dialog().textContent()).toMatch(/recent history/);
    await dialog().getByRole("button", { name: "Purge", exact: true }).click();
    await page.getByText("No recent links.").waitFor();
    await page.getByRole("status").getByText("History purged.").waitFor();
    expect(await dialog().count()).toBe(0);
    expect(
      await waitUntil(async () => (await historyOnAccount()).length === 0, "history emptied", { timeoutMs: 5_000 }),
    ).toBe(true);
  });

  it("keeps a saved link when its deletion is cancelled, and deletes it once confirmed", async () => {
    await page.getByRole("tab", { name: /Saved/ }).click();
    await page.getByRole("button", { name: "Delete saved-b.zip" }).click();
    await dialog().getByRole("heading", { name: "Delete 1 saved link?" }).waitFor();
    await dialog().getByRole("button", { name: "Cancel", exact: true }).click();
    await dialog().waitFor({ state: "hidden" });
    expect(await row("saved-b.zip").count()).toBe(1);
    expect(await savedOnAccount()).toEqual(["https://example.com/saved-a.zip", "https://example.com/saved-b.zip"]);

    await page.getByRole("button", { name: "Delete saved-b.zip" }).click();
    await dialog().getByRole("button", { name: "Delete", exact: true }).click();
    await row("saved-b.zip").waitFor({ state: "detached" });
    await page.getByRole("status").getByText("Deleted.").waitFor();
    expect(await savedOnAccount()).toEqual(["https://example.com/saved-a.zip"]);
  });

  it("deletes several selected links at once", async () => {
    await page.getByLabel("Links to save").fill("https://example.com/saved-c.zip https://example.com/saved-d.zip");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await row("saved-d.zip").waitFor();
    await page.getByLabel("Select saved-c.zip").check();
    await page.getByLabel("Select saved-d.zip").check();
    await page.getByRole("button", { name: "Delete selected (2)" }).click();
    await dialog().getByRole("heading", { name: "Delete 2 saved links?" }).waitFor();
    await dialog().getByRole("button", { name: "Delete", exact: true }).click();
    await row("saved-d.zip").waitFor({ state: "detached" });
    expect(await row("saved-c.zip").count()).toBe(0);
    const onlyOneLeft = async () => (await savedOnAccount()).join() === "https://example.com/saved-a.zip";
    expect(await waitUntil(onlyOneLeft, "the two links deleted on the account", { timeoutMs: 5_000 })).toBe(true);
    expect(nativeDialogs).toEqual([]);
  });

  it("saves the good links of a paste AllDebrid partly refuses, says why for each other, and forgets it once the user moves on", async () => {
    await page
      .getByLabel("Links to save")
      .fill(
        [
          "https://example.com/saved-e.zip",
          "https://unknown-site.example.org/nope",
          "https://example.com/saved-f.zip",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("2 links saved.").waitFor();
    const refused = page.locator(".saved-refused");
    expect(await refused.locator("p").textContent()).toBe("1 link was not saved:");
    expect(await refused.locator("li").textContent()).toBe(
      "https://unknown-site.example.org/nope AllDebrid does not support this site or link.",
    );
    // Only the refused link stays in the box, to fix or remove.
    expect(await page.getByLabel("Links to save").inputValue()).toBe("https://unknown-site.example.org/nope");
    expect(await savedOnAccount()).toEqual(
      expect.arrayContaining(["https://example.com/saved-e.zip", "https://example.com/saved-f.zip"]),
    );
    await page.getByLabel("Links to save").fill("");
    await refused.waitFor({ state: "detached" });
    expect(await page.getByText("2 links saved.").count()).toBe(0);
  });

  it("shows the last lists after a reload, with their age", async () => {
    await page.reload();
    await row("saved-a.zip").waitFor();
    await page.getByTestId("state-age").waitFor();
  });

  it("has no serious or critical accessibility violation on either tab", async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: /History/ }).click();
    await page.getByText("No recent links.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
