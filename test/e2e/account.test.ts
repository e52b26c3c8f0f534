// The Account screen in Chromium against the sandbox: profile and premium state, quotas as bars,
// notifications cleared, the hosts list searched, vouchers only for a reseller (signing out is
// in Settings).
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { apiCall, openSignedIn, type SignedIn, waitForServiceWorker } from "./helpers";

async function openAccount(key: string): Promise<SignedIn> {
  const signedIn = await openSignedIn({ key });
  await signedIn.page.goto("/account");
  await signedIn.page.getByTestId("username").waitFor();
  return signedIn;
}

describe("the Account screen of a premium account", () => {
  let browser: BrowserContext;
  let page: Page;
  const key = `sandbox${randomUUID().replaceAll("-", "")}`;

  beforeAll(async () => {
    ({ browser, page } = await openAccount(key));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the username and the premium state with its expiry", async () => {
    expect(await page.getByTestId("username").textContent()).toBe(`sandbox-${key.slice(7, 31)}`);
    expect(await page.getByTestId("plan").textContent()).toMatch(/^Premium(,| until).+\d{4}/);
  });

  it("draws each host's daily quota as a bar, in traffic or in downloads", async () => {
    const rapidgator = page.locator(".account-quotas li[data-host=rapidgator]");
    expect(await rapidgator.locator("meter").getAttribute("max")).toBe("51200");
    expect(await rapidgator.textContent()).toContain("50 GB of 50 GB left");
    expect(await rapidgator.textContent()).toContain("5 simultaneous downloads free");
    const nitroflare = page.locator(".account-quotas li[data-host=nitroflare]");
    expect(await nitroflare.textContent()).toContain("50 of 50 downloads left");
  });

  it("clears a notification", async () => {
    await page.getByRole("button", { name: "Clear the notification Sandbox welcome" }).click();
    await page.getByText("No notifications.").waitFor();
    const user = await apiCall<{ user: { notifications: string[] } }>(key, "/v4.1/user");
    expect(user.status === "success" && user.data.user.notifications).toEqual([]);
  });

  it("lists the hosts with status and priority, searchable", async () => {
    await page.getByLabel("Search hosts").fill("mega");
    const mega = page.locator(".account-hosts li[data-host=mega]");
    await mega.waitFor();
    expect(await mega.textContent()).toMatch(/working.*premium · priority 5/);
    // 1fichier stays too: one of its domains is megadl.fr. Hosts matching neither way are hidden.
    expect(await page.locator(".account-hosts li[data-host=rapidgator]").count()).toBe(0);
    expect(await page.getByText(/^2 of \d+ shown$/).count()).toBe(1);
    await page.getByLabel("Search hosts").fill("");
  });

  it("hides reseller vouchers from an account without access", async () => {
    expect(await page.getByRole("heading", { name: "Reseller vouchers" }).count()).toBe(0);
  });

  it("has no serious or critical accessibility violation", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows the account offline from the device, with its age", async () => {
    await waitForServiceWorker(page);
    await browser.setOffline(true);
    try {
      await page.reload();
      await page.getByTestId("username").waitFor();
      await page.locator(".account-quotas li[data-host=rapidgator] meter").waitFor();
      expect(await page.getByTestId("state-age").textContent()).toMatch(/Last updated .*offline/);
    } finally {
      await browser.setOffline(false);
    }
  });

  it("leaves signing out to Settings, its one place", async () => {
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(0);
  });
});

describe("the Account screen of a reseller", () => {
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openAccount(`sandboxreseller${randomUUID().replaceAll("-", "")}`));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the vouchers with the balance", async () => {
    await page.getByRole("heading", { name: "Reseller vouchers" }).waitFor();
    expect(await page.getByTestId("voucher-balance").textContent()).toBe("Balance: 51.60");
  });

  it("gets vouchers from stock and says when the list is partial", async () => {
    await page.getByLabel("Duration").selectOption("30");
    await page.getByLabel("Number of vouchers (1 to 10)").fill("5");
    await page.getByRole("button", { name: "Get from stock" }).click();
    await page.getByText("Only 3 vouchers were available for this duration.").waitFor();
    expect(await page.locator(".voucher-codes li").count()).toBe(3);
  });

  it("generates vouchers against the balance and shows the price and the new balance", async () => {
    await page.getByLabel("Duration").selectOption("15");
    await page.getByLabel("Number of vouchers (1 to 10)").fill("2");
    await page.getByRole("button", { name: "Generate" }).click();
    await page.getByText("2 vouchers at 1.60 each: 3.20. New balance: 48.40.").waitFor();
    expect(await page.locator(".voucher-codes li").count()).toBe(2);
    expect(await page.getByTestId("voucher-balance").textContent()).toBe("Balance: 48.40");
  });

  it("says clearly when no voucher is left for a duration", async () => {
    await page.getByLabel("Duration").selectOption("90");
    await page.getByLabel("Number of vouchers (1 to 10)").fill("1");
    await page.getByRole("button", { name: "Get from stock" }).click();
    const alert = page.locator(".vouchers").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/vouchers?/i);
  });

  it("has no serious or critical accessibility violation with the vouchers shown", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});
