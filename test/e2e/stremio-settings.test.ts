// "Watch in Stremio" in Settings, in Chromium: making the add-on link, Install (the stremio://
// link), Copy link, the QR code of the link, and Revoke behind a confirmation; in both languages,
// on a phone and on a desktop.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StremioLink } from "../../protocol/stremio";
import { qrOf } from "../../web/app/qr";
import { seriousViolations } from "./axe";
import { baseUrl } from "./browser";
import { openSignedIn } from "./helpers";

describe("Watch in Stremio", () => {
  let browser: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ browser, page, key } = await openSignedIn({ clipboard: true }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const section = () => page.getByRole("region", { name: "Watch in Stremio" });

  async function linkOnServer(): Promise<StremioLink | null> {
    const response = await fetch(`${baseUrl()}/api/stremio`, { headers: { Authorization: `Bearer ${key}` } });
    return response.status === 404 ? null : ((await response.json()) as StremioLink);
  }

  it("makes the link, then offers Install, Copy link and its QR code", async () => {
    await page.goto("/settings");
    await section().getByRole("button", { name: "Make my add-on link" }).click();
    const install = section().getByRole("link", { name: "Install in Stremio" });
    await install.waitFor();
    const link = await linkOnServer();
    expect(link?.installUrl).toMatch(/^stremio:\/\/127\.0\.0\.1:\d+\/stremio\/[A-Za-z0-9_-]{22}\/manifest\.json$/);
    expect(await install.getAttribute("href")).toBe(link?.installUrl);
    expect(await section().getByRole("textbox", { name: "Add-on link" }).inputValue()).toBe(link?.manifestUrl);

    await section().getByRole("button", { name: "Copy link" }).click();
    await section().getByRole("status").filter({ hasText: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link?.manifestUrl);

    // The QR code is the manifest link's: as many dark modules as the app's encoding (web/app/qr.ts) has.
    const qr = section().getByRole("img", { name: "QR code of the add-on link" });
    const expected = qrOf(link?.manifestUrl ?? "");
    expect(await qr.getAttribute("viewBox")).toBe(`0 0 ${expected.size} ${expected.size}`);
    const drawn = ((await qr.locator("path").getAttribute("d")) ?? "").split("M").length - 1;
    expect(drawn).toBe(expected.data.flat().filter(Boolean).length);
    expect((await fetch(link?.manifestUrl ?? "")).status).toBe(200);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("sets the QR code beside the link on a desktop, under it on a phone", async () => {
    const qrBox = () => section().getByRole("img", { name: "QR code of the add-on link" }).boundingBox();
    const inputBox = () => section().getByRole("textbox", { name: "Add-on link" }).boundingBox();
    const [phoneQr, phoneInput] = [await qrBox(), await inputBox()];
    expect((phoneQr?.y ?? 0) > (phoneInput?.y ?? 0)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    const [desktopQr, desktopInput] = [await qrBox(), await inputBox()];
    expect((desktopQr?.x ?? 0) >= (desktopInput?.x ?? 0) + (desktopInput?.width ?? 0)).toBe(true);
    await page.setViewportSize({ width: 412, height: 915 });
  });

  it("speaks French", async () => {
    await page.getByRole("group", { name: "Language" }).getByLabel("Français").check();
    const french = page.getByRole("region", { name: "Regarder dans Stremio" });
    await french.getByRole("link", { name: "Installer dans Stremio" }).waitFor();
    await french.getByRole("button", { name: "Copier le lien" }).waitFor();
    expect(await french.getByRole("img", { name: "QR code du lien du module" }).count()).toBe(1);
    await page.getByRole("group", { name: "Langue" }).getByLabel("English").check();
  });

  it("revokes the link after a confirmation: the add-on stops answering, and a new link can be made", async () => {
    const before = await linkOnServer();
    await section().getByRole("button", { name: "Revoke" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke the add-on link?" });
    await dialog.getByRole("button", { name: "Revoke" }).click();
    await section().getByRole("status").filter({ hasText: "Revoked" }).waitFor();
    expect(await linkOnServer()).toBeNull();
    expect((await fetch(before?.manifestUrl ?? "")).status).toBe(404);
    await section().getByRole("button", { name: "Make my add-on link" }).click();
    await section().getByRole("link", { name: "Install in Stremio" }).waitFor();
    expect((await linkOnServer())?.manifestUrl).not.toBe(before?.manifestUrl);
  });
});
