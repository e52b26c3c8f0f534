// AllDebrid's caps in the app (docs/caps.md), against the real Worker, its account object and the
// sandbox (pace 300 ms): the cleanup rules set in Settings and applied by the object, said once;
// "Delete the oldest finished" at 1000 magnets; the waiting line at 30 downloading, across two
// devices (two browser profiles), sent when a slot frees and cancelled from the other; "Add
// again" on an expired magnet; a cooldown said plainly and tried again.
import { randomBytes } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { waitUntil } from "../wait-until";
import { baseUrl } from "./browser";
import { apiCall, newSandboxKey, openSignedIn } from "./helpers";
import { addThroughForm, magnetRow, openAddPanel, rowAction, serverNames } from "./magnet-helpers";

const opened: BrowserContext[] = [];
afterEach(async () => {
  for (const browser of opened.splice(0)) await browser.close();
});

async function device(key: string): Promise<Page> {
  const { browser, page } = await openSignedIn({ key });
  opened.push(browser);
  await page.locator(".connection-status[data-status=live]").waitFor({ timeout: 15_000 });
  return page;
}

/** Uploads straight to the sandbox, as another AllDebrid client of the account would. */
async function uploadElsewhere(key: string, magnets: string[]): Promise<Array<{ id: number }>> {
  const body = new URLSearchParams(magnets.map((magnet) => ["magnets[]", magnet]));
  const response = await fetch(`${baseUrl()}/sandbox/v4.1/magnet/upload`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}` },
    body,
  });
  const answer = (await response.json()) as { data: { magnets: Array<{ id: number }> } };
  return answer.data.magnets;
}

const hash = (first: string) => `${first}${randomBytes(20).toString("hex")}`.slice(0, 40);
const named = (first: string, name: string) => `magnet:?xt=urn:btih:${hash(first)}&dn=${encodeURIComponent(name)}`;

describe("the cleanup rules", () => {
  it("are set in Settings in plain words, applied by the account with the app closed, and said once", async () => {
    const key = newSandboxKey();
    await uploadElsewhere(key, [named("0", "Old one"), named("0", "Old two"), named("0", "Old three")]);
    const page = await device(key);
    await page.goto("/settings");
    await page.getByRole("heading", { name: "Keep my account tidy" }).waitFor();
    await page.getByText("Off: nothing is deleted for you.").waitFor();
    await page.getByLabel("Keep only my newest finished magnets").check();
    await page.getByLabel("How many to keep").fill("1");
    await page.getByRole("button", { name: "Save", exact: true }).first().waitFor();
    await page.locator(".cleanup-settings").getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved. Debrid applies them within a minute.").waitFor();
    await page.getByText("Keeps your 1 newest finished magnet.").waitFor();
    const stored = await fetch(`${baseUrl()}/api/cleanup`, { headers: { Authorization: `Bearer ${key}` } });
    expect(await stored.json()).toEqual({ keepFinished: 1, finishedForDays: null });

    await waitUntil(async () => (await serverNames(key)).length === 1, "the cleanup upstream", { timeoutMs: 15_000 });
    await page.goto("/");
    await page.getByText("2 finished magnets cleaned up").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "OK", exact: true }).click();
    await page.reload();
    await page.locator(".connection-status[data-status=live]").waitFor({ timeout: 15_000 });
    await page.locator("li.magnet").first().waitFor();
    expect(await page.getByText("finished magnets cleaned up").count()).toBe(0);

    // The same words in French.
    await page.goto("/settings");
    await page.getByLabel("Français").check();
    await page.getByRole("heading", { name: "Garder mon compte en ordre" }).waitFor();
    await page.getByText("Garde vos 1 magnet terminé le plus récent.").waitFor();
  });
});

describe("at 1000 magnets", () => {
  it("offers to delete the oldest finished, then adds what was refused", async () => {
    const key = newSandboxKey();
    const names = Array.from({ length: 1000 }, (_, n) => `Full ${String(n).padStart(4, "0")}`);
    await uploadElsewhere(
      key,
      names.map((name) => named("0", name)),
    );
    const page = await device(key);
    await page.locator("li.magnet").first().waitFor({ timeout: 15_000 });
    await openAddPanel(page);
    await page.getByLabel("Magnet links or hashes, one per line").fill(named("0", "One more"));
    await page.getByRole("button", { name: "Add magnets" }).click();
    await page.getByText(/limit of 1000 magnets/).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Delete the oldest finished" }).click();
    await page
      .getByText("Added, after deleting the oldest finished magnet (1) to make room")
      .waitFor({ timeout: 15_000 });
    const now = await serverNames(key);
    expect(now).toHaveLength(1000);
    expect(now).toContain("One more");
    expect(now).not.toContain("Full 0000");
  });
});

describe("the waiting line at 30 downloading", () => {
  it("is shown on two devices, cancelled from one, and sent by an open one as soon as a slot frees", async () => {
    const key = newSandboxKey();
    const slow = await uploadElsewhere(
      key,
      Array.from({ length: 30 }, (_, n) => named("e", `Busy ${n}`)),
    );
    const [phone, laptop] = [await device(key), await device(key)];
    await addThroughForm(phone, [named("a", "Waits first"), named("a", "Waits second")], 2);
    await phone.getByText("waits in line (number 1)").waitFor();
    for (const page of [phone, laptop]) {
      const line = page.locator(".waiting-line");
      await line.getByRole("heading", { name: "Waiting for room at AllDebrid" }).waitFor({ timeout: 15_000 });
      await line.locator("li", { hasText: "Waits first" }).locator(".line-position", { hasText: "1" }).waitFor();
      await line.locator("li", { hasText: "Waits second" }).locator(".line-position", { hasText: "2" }).waitFor();
    }
    // The laptop cancels the second: gone from the phone too.
    await laptop.getByRole("button", { name: "Stop waiting for Waits second" }).click();
    await phone
      .locator(".waiting-line li", { hasText: "Waits second" })
      .waitFor({ state: "detached", timeout: 15_000 });

    // Another client deletes a downloading magnet through the deployment: a slot frees.
    const freed = await apiCall(key, "/v4.1/magnet/delete", { id: String(slow[0]!.id) });
    expect(freed.status).toBe("success");
    for (const page of [phone, laptop]) {
      await magnetRow(page, "Waits first").waitFor({ timeout: 20_000 });
      await page.locator(".waiting-line").waitFor({ state: "detached", timeout: 15_000 });
    }
    const names = await serverNames(key);
    expect(names.filter((name) => name === "Waits first")).toHaveLength(1);
    expect(names).not.toContain("Waits second");
  });
});

describe("an expired magnet", () => {
  it("reads Expired – files removed, and Add again on another device uploads the same magnet afresh", async () => {
    const key = newSandboxKey();
    const phone = await device(key);
    const [name] = await addThroughForm(phone, [named("f6", `Expiring ${randomBytes(3).toString("hex")}`)]);
    await magnetRow(phone, name!).getByText("Expired – files removed").waitFor({ timeout: 15_000 });
    // A device that never uploaded it knows its hash from the deployment, through the live feed.
    const laptop = await device(key);
    const row = magnetRow(laptop, name!);
    await row.getByText("Expired – files removed").waitFor({ timeout: 15_000 });
    await row.getByRole("button", { name: `Add ${name} again` }).click();
    await row.locator(".magnet-status", { hasText: "Ready" }).waitFor({ timeout: 20_000 });
    expect(await serverNames(key)).toEqual([name]);
    await magnetRow(phone, name!).locator(".magnet-status", { hasText: "Ready" }).waitFor({ timeout: 15_000 });
  });
});

describe("a cooldown", () => {
  it("is said plainly and the magnet is tried again later, then added", async () => {
    const key = newSandboxKey();
    const page = await device(key);
    const link = named("f1", `Cooling ${randomBytes(3).toString("hex")}`);
    const [name] = await addThroughForm(page, [link]);
    await magnetRow(page, name!).getByText("Internal error while unpacking").waitFor({ timeout: 15_000 });
    await rowAction(page, name!, "Delete");
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await magnetRow(page, name!).waitFor({ state: "detached", timeout: 15_000 });
    await openAddPanel(page);
    await page.getByLabel("Magnet links or hashes, one per line").fill(link);
    await page.getByRole("button", { name: "Add magnets" }).click();
    await page.getByText("AllDebrid is taking a break from this magnet: it will be tried again in 15 seconds").waitFor({
      timeout: 15_000,
    });
    await page
      .locator(".later-adds li", { hasText: name! })
      .getByText(/tried again at/)
      .waitFor();
    await magnetRow(page, name!).waitFor({ timeout: 30_000 });
    await page.locator(".later-adds").waitFor({ state: "detached" });
  });
});
