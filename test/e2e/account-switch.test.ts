// Two accounts, one device: an account that signs in over another (from /signin, without
// signing out first) never sees what the device kept for the other one.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { apiCall, newSandboxKey, openSignedIn, type SignedIn, signInWithKey } from "./helpers";

describe("another account signing in on the same device", () => {
  let session: SignedIn | undefined;
  afterAll(async () => {
    await session?.browser.close();
  });

  it("starts from an empty device: none of the first account's magnets, not even from its saved copy", async () => {
    const first = newSandboxKey();
    const name = `First account's ${randomBytes(3).toString("hex")}`;
    const magnet = `magnet:?xt=urn:btih:0${randomBytes(19).toString("hex")}1&dn=${encodeURIComponent(name)}`;
    expect((await apiCall(first, "/v4.1/magnet/upload", { "magnets[]": magnet })).status).toBe("success");
    session = await openSignedIn({ key: first });
    const { page } = session;
    await page.locator(".magnet-name", { hasText: name }).waitFor({ timeout: 20_000 });

    await signInWithKey(page, newSandboxKey());
    await page.getByText(/No magnets yet/).waitFor({ timeout: 20_000 });
    expect(await page.locator(".magnet-name", { hasText: name }).count()).toBe(0);
    // And not after a reload either, from whatever the device might have kept.
    await page.reload();
    await page.getByText(/No magnets yet/).waitFor({ timeout: 20_000 });
    expect(await page.locator(".magnet-name", { hasText: name }).count()).toBe(0);
  });
});
