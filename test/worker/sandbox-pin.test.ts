import { describe, expect, it, vi } from "vitest";
import { call, form, hook, ORIGIN } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

interface PinGet {
  pin: string;
  check: string;
  expires_in: number;
  user_url: string;
  base_url: string;
  check_url?: string;
}

async function pinGet(): Promise<PinGet> {
  const answer = await call<PinGet>("/v4.1/pin/get", null, {}, { method: "GET" });
  expect(answer.status).toBe("success");
  return answer.data;
}

describe("PIN sign-in", () => {
  it("gives pin, check, expires_in, user_url and base_url on /v4.1/pin/get", async () => {
    const data = await pinGet();
    expect(Object.keys(data).sort()).toEqual(["base_url", "check", "expires_in", "pin", "user_url"]);
    expect(data.pin).toMatch(/^[A-Z0-9]{4}$/);
    expect(data.check).toMatch(/^[0-9a-f]{40}$/);
    expect(data.expires_in).toBe(600);
    expect(data.user_url).toBe(`${ORIGIN}/sandbox/pin/?pin=${data.pin}`);
    expect(data.base_url).toBe(`${ORIGIN}/sandbox/pin/`);
  });

  it("answers the deprecated /v4/pin/get with check_url and deprecated: true", async () => {
    const answer = await call<PinGet>("/v4/pin/get", null, {}, { method: "GET" });
    expect(answer.deprecated).toBe(true);
    expect(answer.data.check_url).toBe(
      `${ORIGIN}/sandbox/v4/pin/check?check=${answer.data.check}&pin=${answer.data.pin}`,
    );
  });

  it("serves a page without scripts where a person approves the PIN, then pin/check gives the apikey", async () => {
    const data = await pinGet();
    const waiting = await call("/v4.1/pin/check", null, { pin: data.pin, check: data.check });
    expect(waiting.data).toMatchObject({ activated: false });
    expect(waiting.data.expires_in).toBeGreaterThan(590);

    const page = await hook(`/pin/?pin=${data.pin}`);
    const html = await page.text();
    expect(page.headers.get("Content-Type")).toContain("text/html");
    expect(html).toContain('<form method="post"');
    expect(html).toContain(`value="${data.pin}"`);
    expect(html).not.toMatch(/<script|onclick=|style=/i);

    const approved = await hook("/pin/", form({ pin: data.pin }));
    expect(approved.status).toBe(200);
    const done = await call<{ activated: boolean; apikey: string }>("/v4.1/pin/check", null, {
      pin: data.pin,
      check: data.check,
    });
    expect(done.data.activated).toBe(true);
    expect(done.data.apikey).toMatch(/^sandbox[A-Za-z0-9]{24}$/);
    const user = await call<{ user: { isPremium: boolean } }>("/v4.1/user", done.data.apikey);
    expect(user.data.user.isPremium).toBe(true);
  });

  it("creates an account of the plan picked on the page", async () => {
    const data = await pinGet();
    await hook(data.user_url.replace(`${ORIGIN}/sandbox`, ""), form({ pin: data.pin, plan: "free" }));
    const done = await call<{ apikey: string }>("/v4.1/pin/check", null, { pin: data.pin, check: data.check });
    expect(done.data.apikey).toMatch(/^sandboxfree/);
    const user = await call<{ user: { isPremium: boolean } }>("/v4.1/user", done.data.apikey);
    expect(user.data.user.isPremium).toBe(false);
  });

  it("answers PIN_EXPIRED once the PIN has expired, and the page refuses it", async () => {
    const data = await pinGet();
    const expired = await hook("/pin/expire", form({ pin: data.pin }));
    expect(await expired.json()).toEqual({ expired: true });
    expect((await call("/v4.1/pin/check", null, { pin: data.pin, check: data.check })).error).toEqual({
      code: "PIN_EXPIRED",
      message: "The pin is expired",
    });
    expect((await hook("/pin/", form({ pin: data.pin }))).status).toBe(410);
  });

  it("answers PIN_INVALID for an unknown check or a pin that does not match it", async () => {
    const data = await pinGet();
    expect((await call("/v4.1/pin/check", null, { pin: data.pin, check: "0".repeat(40) })).error.code).toBe(
      "PIN_INVALID",
    );
    expect((await call("/v4.1/pin/check", null, { pin: "ZZZZ", check: data.check })).error.code).toBe("PIN_INVALID");
    expect((await call("/v4.1/pin/check", null)).error.code).toBe("PIN_INVALID");
    expect((await hook("/pin/", form({ pin: "QQQQQQ" }))).status).toBe(404);
  });

  it("answers a page post whose form cannot be read with 400 BAD_REQUEST, not a 500", async () => {
    const broken = { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=x" }, body: "zz" };
    for (const path of ["/pin/", "/pin/expire", "/verif/"]) {
      const response = await hook(path, broken);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        status: "error",
        error: { code: "BAD_REQUEST", message: "The form could not be read" },
      });
    }
  });
});
