import { abortAllDurableObjects } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { call, form, hook, newKey } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

describe("sandbox state across eviction", () => {
  it("keeps accounts, saved links, history, PIN accounts, stats and faults after the object is evicted", async () => {
    const key = newKey();
    const before = await call<{ user: { username: string } }>("/v4.1/user", key);
    await call("/v4.1/user/notification/clear", key, { code: "SANDBOX_WELCOME" });
    await call("/v4.1/user/links/save", key, { links: ["https://example.com/kept.zip"] });
    const unlocked = await call<{ link: string }>("/v4.1/link/unlock", key, {
      link: "https://example.com/size-10/h.zip",
    });
    const pin = await call<{ pin: string; check: string }>("/v4.1/pin/get", null);
    await hook("/pin/", form({ pin: pin.data.pin }));
    const faultKey = newKey();
    await hook("/faults", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ apikey: faultKey, faults: [{ type: "status", status: 500 }] }),
    });

    await abortAllDurableObjects();

    const after = await call<{ user: { username: string; notifications: string[] } }>("/v4.1/user", key);
    expect(after.data.user.username).toBe(before.data.user.username);
    expect(after.data.user.notifications).toEqual([]);
    const saved = await call<{ links: Array<{ link: string }> }>("/v4.1/user/links", key);
    expect(saved.data.links.map((link) => link.link)).toEqual(["https://example.com/kept.zip"]);
    const history = await call<{ links: unknown[] }>("/v4.1/user/history", key);
    expect(history.data.links).toHaveLength(1);
    const checked = await call<{ activated: boolean }>("/v4.1/pin/check", null, pin.data);
    expect(checked.data.activated).toBe(true);
    expect((await hook(unlocked.data.link.replace("http://sandbox.test/sandbox", ""))).status).toBe(200);
    expect((await call("/v4.1/user", faultKey)).error.code).toBe("GENERIC");
    const stats = await (await hook(`/stats?apikey=${key}`)).json<{ data: { total: number } }>();
    expect(stats.data.total).toBe(7);
  });
});
