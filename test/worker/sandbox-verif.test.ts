import { describe, expect, it, vi } from "vitest";
import { call, form, hook, newKey } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

async function blockedToken(key: string): Promise<string> {
  const answer = await call("/v4.1/user", key);
  expect(answer.error.code).toBe("AUTH_BLOCKED");
  return answer.error.token ?? "";
}

describe("new-location verification", () => {
  it("is waiting and resendable, resends once, then the allowed location gives the apikey and the key works", async () => {
    const key = newKey("sandboxblocked");
    const token = await blockedToken(key);
    expect((await call("/v4.1/user/verif", null, { token })).data).toEqual({ verif: "waiting", resendable: true });
    expect((await call("/v4.1/user/verif/resend", key, { token })).data).toEqual({ sent: true });
    expect((await call("/v4.1/user/verif", null, { token })).data).toEqual({ verif: "waiting", resendable: false });
    expect((await call("/v4.1/user/verif/resend", key, { token })).error.code).toBe("ALREADY_SENT");

    const page = await hook(`/verif/?token=${token}`);
    expect(await page.text()).toContain('name="decision" value="allow"');
    expect((await hook("/verif/", form({ token, decision: "allow" }))).status).toBe(200);
    expect((await call("/v4.1/user/verif", null, { token })).data).toEqual({ verif: "allowed", apikey: key });
    expect((await call("/v4.1/user", key)).status).toBe("success");
  });

  it("answers denied for a denied location, and the key stays blocked with a new token", async () => {
    const key = newKey("sandboxblocked");
    const token = await blockedToken(key);
    await hook("/verif/", form({ token, decision: "deny" }));
    expect((await call("/v4.1/user/verif", null, { token })).data).toEqual({ verif: "denied" });
    const next = await blockedToken(key);
    expect(next).not.toBe(token);
  });

  it("answers PIN_EXPIRED for an unknown token on verif and resend", async () => {
    expect((await call("/v4.1/user/verif", null, { token: "nope" })).error).toEqual({
      code: "PIN_EXPIRED",
      message: "The pin is expired",
    });
    expect((await call("/v4.1/user/verif/resend", null, { token: "nope" })).error.code).toBe("PIN_EXPIRED");
  });
});
