import { describe, expect, it, vi } from "vitest";
import { call, newKey, send } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

describe("sandbox authentication", () => {
  it("answers AUTH_MISSING_APIKEY without a key and AUTH_BAD_APIKEY for an unknown one", async () => {
    expect((await call("/v4.1/user", null)).error).toEqual({
      code: "AUTH_MISSING_APIKEY",
      message: "The auth apikey was not sent",
    });
    expect((await call("/v4.1/user", "someRandomKey")).error.code).toBe("AUTH_BAD_APIKEY");
    expect((await call("/v4.1/user", `sandbox${"x".repeat(65)}`)).error.code).toBe("AUTH_BAD_APIKEY");
    expect((await call("/v4.1/user", "sandbox!bad")).error.code).toBe("AUTH_BAD_APIKEY");
  });

  it("serves public endpoints without a key, and ignores a bad key on them", async () => {
    expect((await call("/v4.1/hosts/priority", null)).status).toBe("success");
    expect((await call("/v4.1/hosts/domains", "not-a-key", {}, { method: "GET" })).status).toBe("success");
  });

  it("creates a premium account on first use of any sandbox… key, the same on every call", async () => {
    const key = newKey();
    const first = await call<{ user: { username: string; isPremium: boolean } }>("/v4.1/user", key);
    const again = await call<{ user: { username: string } }>("/v4.1/user", key);
    expect(first.data.user.isPremium).toBe(true);
    expect(again.data.user.username).toBe(first.data.user.username);
    expect((await call("/v4.1/user", "sandbox1")).status).toBe("success");
  });

  it("takes the key as a Bearer header or an apikey parameter, by GET, form POST or multipart", async () => {
    const key = newKey();
    for (const options of [
      {},
      { keyAsParam: true },
      { method: "GET" as const },
      { method: "GET" as const, keyAsParam: true },
      { multipart: true },
      { multipart: true, keyAsParam: true },
    ]) {
      const answer = await call<{ user: { username: string } }>("/v4.1/user", key, {}, options);
      expect(answer.status, JSON.stringify(options)).toBe("success");
    }
  });

  it("ignores agent and ip, and reads array parameters as name[] or plain name", async () => {
    const key = newKey();
    const asArray = await call<{ infos: unknown[] }>("/v4.1/link/infos", key, {
      link: ["https://example.com/a.zip", "https://example.com/b.zip"],
      agent: "myApp",
      ip: "1.2.3.4",
    });
    expect(asArray.data.infos).toHaveLength(2);
    const plain = await call<{ infos: unknown[] }>("/v4.1/link/infos", key, { link: "https://example.com/a.zip" });
    expect(plain.data.infos).toHaveLength(1);
    const indexed = await send("/v4.1/link/infos", key, { "link[0]": "https://example.com/a.zip" });
    expect((await indexed.json<{ data: { infos: unknown[] } }>()).data.infos).toHaveLength(1);
  });

  it("answers an unknown endpoint with HTTP 404 and code 404", async () => {
    const response = await send("/v4.1/user/unknown", newKey());
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      status: "error",
      error: { code: "404", message: "Endpoint doesn't exist" },
    });
  });
});

describe("sandbox account kinds", () => {
  it("gives free and trial accounts by key prefix", async () => {
    const free = await call<{ user: Record<string, unknown> }>("/v4.1/user", newKey("sandboxfree"));
    expect(free.data.user).toMatchObject({ isPremium: false, isTrial: false, premiumUntil: 0 });
    const trial = await call<{ user: Record<string, unknown> }>("/v4.1/user", newKey("sandboxtrial"));
    expect(trial.data.user).toMatchObject({ isPremium: false, isTrial: true, remainingTrialQuota: 25600 });
  });

  it("answers AUTH_USER_BANNED for a sandboxbanned… key", async () => {
    expect((await call("/v4.1/user", newKey("sandboxbanned"))).error).toEqual({
      code: "AUTH_USER_BANNED",
      message: "This account is banned",
    });
  });

  it("answers AUTH_BLOCKED with a verification token for a sandboxblocked… key", async () => {
    const key = newKey("sandboxblocked");
    const first = await call("/v4.1/user", key);
    expect(first.error.code).toBe("AUTH_BLOCKED");
    expect(first.error.token).toMatch(/^verificationToken[0-9a-f]+$/);
    expect((await call("/v4.1/user", key)).error.token).toBe(first.error.token);
  });
});

describe("demo keys", () => {
  it("answer static demo data with demo set, for premium, trial and free", async () => {
    const premium = await call<{ user: Record<string, unknown> }>("/v4.1/user", "staticDemoApikeyPrem");
    expect(premium.demo).toBe("true");
    expect(premium.data.user).toMatchObject({
      username: "demoUserPremium",
      email: "demo@example.com",
      isPremium: true,
    });
    const trial = await call<{ user: Record<string, unknown> }>("/v4.1/user", "staticDemoApikeyTria");
    expect(trial.data.user).toMatchObject({ username: "demoUserTrial", isTrial: true });
    const free = await call<{ user: Record<string, unknown> }>("/v4.1/user", "staticDemoApikeyFree");
    expect(free.data.user).toMatchObject({ username: "demoUserFree", isPremium: false });
  });

  it("do not change state on writes", async () => {
    const before = await call<{ links: unknown[] }>("/v4.1/user/links", "staticDemoApikeyPrem");
    const saved = await call("/v4.1/user/links/save", "staticDemoApikeyPrem", {
      links: ["https://example.com/new.zip"],
    });
    expect(saved.status).toBe("success");
    await call("/v4.1/link/unlock", "staticDemoApikeyPrem", { link: "https://example.com/x.zip" });
    await call("/v4.1/user/notification/clear", "staticDemoApikeyTria", { code: "FREEDAYS_USED_QUOTA" });
    expect((await call<{ links: unknown[] }>("/v4.1/user/links", "staticDemoApikeyPrem")).data).toEqual(before.data);
    const history = await call<{ links: Array<{ link: string }> }>("/v4.1/user/history", "staticDemoApikeyPrem");
    expect(history.data.links.map((l) => l.link)).not.toContain("https://example.com/x.zip");
    const trial = await call<{ user: { notifications: string[] } }>("/v4.1/user", "staticDemoApikeyTria");
    expect(trial.data.user.notifications).toEqual(["FREEDAYS_USED_QUOTA"]);
  });
});
