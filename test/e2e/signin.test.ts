// Signing in: by PIN approved on the sandbox's PIN page, by a pasted apikey, with the one-tap
// sandbox account, through a new-location check, and signing out (which erases the device).
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { qrOf } from "../../web/app/qr";
import { waitUntil } from "../wait-until";
import { baseUrl, openBrowser } from "./browser";
import { apiCall, newSandboxKey, openSignedIn, signInWithKey } from "./helpers";

describe("signing in", () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("signs in with a PIN approved on the sandbox's PIN page", async () => {
    const page = await browser.newPage();
    await page.goto("/signin");
    const pin = (await page.getByTestId("pin").textContent({ timeout: 15_000 }))?.trim() ?? "";
    expect(pin).toMatch(/^[A-Z0-9]{4,8}$/);
    const userUrl = await page.locator(".signin-pin a[href*='pin']").getAttribute("href");
    expect(userUrl).toContain(`pin=${pin}`);

    // The person approves the PIN on the (sandbox's) AllDebrid page, in another tab.
    const approval = await browser.newPage();
    await approval.goto(userUrl!);
    await approval.getByRole("button", { name: "Approve" }).click();
    await approval.waitForLoadState();
    await approval.close();

    // The app checks every 5 s, then lands on the magnets screen with the new account.
    await page.waitForURL((url) => url.pathname === "/", { timeout: 20_000 });
    await page.goto("/settings");
    await expect(page.locator(".settings").textContent()).resolves.toMatch(/sandbox/);
    await page.close();
  });

  it("shows a new code when the PIN expires", async () => {
    const page = await browser.newPage();
    await page.goto("/signin");
    const first = (await page.getByTestId("pin").textContent({ timeout: 15_000 }))?.trim() ?? "";
    const expired = await fetch(`${baseUrl()}/sandbox/pin/expire`, {
      method: "POST",
      body: new URLSearchParams({ pin: first }),
    });
    expect(expired.status).toBe(200);
    const second = await waitUntil(
      async () => {
        const shown = (
          await page
            .getByTestId("pin")
            .textContent({ timeout: 1000 })
            .catch(() => "")
        )?.trim();
        return shown && shown !== first ? shown : null;
      },
      "a new PIN after PIN_EXPIRED",
      { timeoutMs: 20_000 },
    );
    expect(second).not.toBe(first);
    await page.close();
  });

  it("signs in with a pasted apikey and keeps the account for the next visit", async () => {
    const page = await browser.newPage();
    const key = await signInWithKey(page, newSandboxKey());
    await page.goto("/settings");
    await expect(page.locator(".settings").textContent()).resolves.toContain(
      `sandbox-${key.slice("sandbox".length, "sandbox".length + 8)}`,
    );
    await page.close();
  });

  it("fits the code, its button, the apikey field and Try the sandbox in a phone's first screen, the QR code second", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/signin");
    await page.getByTestId("pin").waitFor({ timeout: 15_000 });
    const sandbox = page.getByRole("button", { name: "Try the sandbox" });
    await sandbox.waitFor();
    for (const element of [page.getByTestId("pin"), page.locator("#apikey"), sandbox]) {
      const box = (await element.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(800);
    }
    // On the phone itself, approving is a tap away; the QR code (for another device) waits behind a disclosure.
    const open = page.getByRole("link", { name: /^Approve on / });
    expect(await open.getAttribute("href")).toContain(`pin=${await page.getByTestId("pin").textContent()}`);
    // Not even drawn until asked for: encoding it was the longest task of a stranger's first load.
    expect(await page.locator("svg.qr").count()).toBe(0);
    await page.getByText("Approve from another device (QR code)").click();
    await page.locator("svg.qr").waitFor({ state: "visible" });
    const expected = qrOf((await open.getAttribute("href")) ?? "");
    expect(await page.locator("svg.qr").getAttribute("viewBox")).toBe(`0 0 ${expected.size} ${expected.size}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it("shows the QR code beside the code on a computer, where it is for the phone nearby", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/signin");
    await page.getByTestId("pin").waitFor({ timeout: 15_000 });
    const [code, qr] = await Promise.all([page.getByTestId("pin").boundingBox(), page.locator("svg.qr").boundingBox()]);
    expect(qr!.x).toBeGreaterThan(code!.x + code!.width);
    await page.close();
  });

  it("says a refused apikey is to be checked, not a session to sign in to again", async () => {
    const page = await browser.newPage();
    await page.goto("/signin");
    await page.locator("#apikey").fill("not-a-key-at-all");
    await page.locator("form.signin-key button[type=submit]").click();
    const alert = page.locator("form.signin-key [role=alert]");
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toBe("This apikey is not valid. Check it and try again.");
    await page.close();
  });

  it("explains a refused apikey in words and stays on the sign-in screen", async () => {
    const page = await browser.newPage();
    await page.goto("/signin");
    await page.locator("#apikey").fill("sandboxbanned1234");
    await page.locator("form.signin-key button[type=submit]").click();
    const alert = page.locator("form.signin-key [role=alert]");
    await alert.waitFor({ timeout: 10_000 });
    await expect(alert.textContent()).resolves.toMatch(/banned|banni/i);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.close();
  });

  it("waits for the e-mail approval of a new location, then signs in", async () => {
    const page = await browser.newPage();
    const key = `sandboxblocked${newSandboxKey().slice(7, 23)}`;
    await page.goto("/signin");
    await page.locator("#apikey").fill(key);
    await page.locator("form.signin-key button[type=submit]").click();
    await page.locator("#verify-heading").waitFor({ timeout: 10_000 });
    // The resend button works once; the token is the one the app is waiting on.
    await page.locator(".card button", { hasText: /again|Renvoyer/ }).click();
    await page.locator("[role=status]", { hasText: /sent again|renvoyé/ }).waitFor({ timeout: 10_000 });

    const blocked = await apiCall(key, "/v4.1/user");
    expect(blocked.status).toBe("error");
    const token = blocked.status === "error" ? (blocked.error as { token?: string }).token : undefined;
    expect(token).toBeTruthy();
    const allow = await fetch(`${baseUrl()}/sandbox/verif/`, {
      method: "POST",
      body: new URLSearchParams({ token: token!, decision: "allow" }),
    });
    expect(allow.status).toBe(200);
    await page.waitForURL((url) => url.pathname === "/", { timeout: 20_000 });
    await page.close();
  });

  it("tries the app with a one-tap sandbox account, and offers to come back to it after signing out", async () => {
    const context = await openBrowser();
    try {
      const page = await context.newPage();
      await page.addInitScript(() => localStorage.setItem("lang", "en"));
      await page.goto("/signin");
      await page.getByRole("button", { name: "Try the sandbox" }).click();
      await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
      await page.goto("/settings");
      const signedInAs = await page.getByText(/^Signed in as /).textContent();
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Sign out and erase" }).click();
      await page.waitForURL("**/signin");
      await page.getByRole("button", { name: "Back to my sandbox account" }).click();
      await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
      await page.goto("/settings");
      expect(await page.getByText(/^Signed in as /).textContent()).toBe(signedInAs);
    } finally {
      await context.close();
    }
  });

  it("signs out, erasing what the app kept on the device", async () => {
    const { page } = await openSignedIn({ browser });
    await page.goto("/settings");
    const dialog = page.getByRole("dialog");
    await page.getByRole("button", { name: "Sign out" }).click();
    await dialog.getByRole("heading", { name: "Sign out of this device?" }).waitFor();
    await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(new URL(page.url()).pathname).toBe("/settings");
    await page.getByRole("button", { name: "Sign out" }).click();
    await dialog.getByRole("button", { name: "Sign out and erase" }).click();
    await page.waitForURL((url) => url.pathname === "/signin", { timeout: 10_000 });
    // Signing out lands on /signin by the router, then loads it afresh: a read in between is
    // cut short by that load, so it is tried again until one completes.
    const kept = await waitUntil(
      () =>
        page
          .evaluate(
            () =>
              new Promise<unknown>((resolve) => {
                const open = indexedDB.open("debrid");
                open.onsuccess = () => {
                  const db = open.result;
                  if (!db.objectStoreNames.contains("settings")) return resolve(null);
                  const get = db.transaction("settings").objectStore("settings").get("apikey");
                  get.onsuccess = () => resolve(get.result ?? null);
                };
              }),
          )
          .then((value) => ({ value })),
      "a read of the stored apikey",
      { timeoutMs: 10_000 },
    );
    expect(kept.value).toBeNull();
    // A new tab, not this one: this tab's own reload of /signin may still be on its way and
    // would interrupt a navigation started here (seen on a loaded machine).
    const later = await browser.newPage();
    await later.goto("/settings");
    await later.waitForURL((url) => url.pathname === "/signin");
    await later.close();
    await page.close();
  });
});
