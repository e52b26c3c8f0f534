import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { RateLimiter } from "../../worker/sandbox/ops";
import { sandboxStub } from "../../worker/sandbox/stub";
import { call, hook, newKey, send } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

function setFaults(apikey: string, faults: unknown[]): Promise<Response> {
  return hook("/faults", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ apikey, faults }),
  });
}

describe("GET /sandbox/stats", () => {
  it("counts the calls the sandbox received for an account, per endpoint path", async () => {
    const key = newKey();
    await call("/v4.1/user", key);
    await call("/v4.1/user", key, {}, { method: "GET" });
    await call("/v4.1/link/infos", key, { link: ["https://example.com/a"] });
    const response = await hook(`/stats?apikey=${key}`);
    expect(await response.json()).toEqual({
      status: "success",
      data: { total: 3, calls: { "/v4.1/link/infos": 1, "/v4.1/user": 2 }, rateLimited: 0 },
    });
    await hook("/stats", { method: "DELETE", headers: { Authorization: `Bearer ${key}` } });
    expect(await (await hook(`/stats?apikey=${key}`)).json()).toMatchObject({ data: { total: 0, calls: {} } });
  });

  it("remembers the last ip parameter each path received (the device a server unlocked for), and answers alike", async () => {
    const key = newKey();
    const link = "https://example.com/size-1024/for-a-player.bin";
    const plain = await call("/v4.1/link/unlock", key, { link });
    const forDevice = await call("/v4.1/link/unlock", key, { link, ip: "203.0.113.5" });
    expect(forDevice.status).toBe("success");
    expect(Object.keys(forDevice.data)).toEqual(Object.keys(plain.data));
    await call("/v4.1/link/unlock", key, { link, ip: "198.51.100.7" }, { method: "GET" });
    expect(await (await hook(`/stats?apikey=${key}`)).json()).toMatchObject({
      data: { calls: { "/v4.1/link/unlock": 3 }, addresses: { "/v4.1/link/unlock": "198.51.100.7" } },
    });
  });

  it("counts a key that is not a sandbox key (a real one sent here by mistake) under its keyed hash only, and gives it no faults", async () => {
    const realLooking = `Zk${crypto.randomUUID().replaceAll("-", "")}`;
    expect((await call("/v4.1/user", realLooking)).error.code).toBe("AUTH_BAD_APIKEY");
    expect(await (await hook(`/stats?apikey=${realLooking}`)).json()).toMatchObject({ data: { total: 1 } });
    const stored = await runInDurableObject(sandboxStub(env), (_instance, state) =>
      state.storage.sql.exec<{ key_name: string }>("SELECT key_name FROM call_counts").toArray(),
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((row) => row.key_name.includes(realLooking))).toBe(false);
    const faults = await setFaults(realLooking, [{ type: "drop" }]);
    expect(faults.status).toBe(400);
    expect(await faults.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
  });

  it("answers BAD_REQUEST with HTTP 400 without an account", async () => {
    const response = await hook("/stats");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
  });
});

describe("rate limits", () => {
  it("answers the 13th call within a second with HTTP 429 and the error envelope", async () => {
    const key = newKey();
    const responses = await Promise.all(Array.from({ length: 13 }, () => send("/v4.1/ping", key)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1);
    const limited = responses.find((response) => response.status === 429);
    expect(await limited?.json()).toMatchObject({ status: "error", error: { code: "RATE_LIMITED" } });
    const stats = await (await hook(`/stats?apikey=${key}`)).json<{ data: { total: number; rateLimited: number } }>();
    expect(stats.data).toMatchObject({ total: 13, rateLimited: statuses.filter((status) => status === 429).length });
    expect((await call("/v4.1/ping", newKey())).status).toBe("success");
  });

  it("allows 12 calls a second and 600 a minute per key, each key on its own", () => {
    const limiter = new RateLimiter();
    const start = 1_000_000;
    const allowedAt = (time: number) => limiter.allow("a", time);
    expect(Array.from({ length: 13 }, () => allowedAt(start))).toEqual([...Array(12).fill(true), false]);
    expect(limiter.allow("b", start)).toBe(true);
    // 12 a second for 49 more seconds: 600 in all, then the minute is full though the second is not.
    for (let second = 1; second < 50; second++)
      for (let i = 0; i < 12; i++) expect(allowedAt(start + second * 1000)).toBe(true);
    expect(allowedAt(start + 50_000)).toBe(false);
    expect(allowedAt(start + 60_001)).toBe(true);
  });
});

describe("POST /sandbox/faults", () => {
  it("answers HTTP 429 for N calls, then normally again", async () => {
    const key = newKey();
    expect((await setFaults(key, [{ type: "status", status: 429, times: 2 }])).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const response = await send("/v4.1/user", key);
      expect(response.status).toBe(429);
      expect(await response.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    }
    expect((await send("/v4.1/user", key)).status).toBe(200);
  });

  it("answers HTTP 5xx, only on the paths named", async () => {
    const key = newKey();
    await setFaults(key, [{ type: "status", status: 503, paths: ["/v4.1/user"] }]);
    const failing = await send("/v4.1/user", key);
    expect(failing.status).toBe(503);
    expect(await failing.json()).toMatchObject({ status: "error", error: { code: "MAINTENANCE" } });
    expect((await send("/v4.1/user/links", key)).status).toBe(200);
  });

  it("answers a non-JSON HTML body", async () => {
    const key = newKey();
    await setFaults(key, [{ type: "html", status: 502 }]);
    const response = await send("/v4.1/user", key);
    expect(response.status).toBe(502);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    expect(await response.text()).toMatch(/^<!DOCTYPE html>/);
  });

  it("adds latency", async () => {
    const key = newKey();
    await setFaults(key, [{ type: "latency", ms: 400, times: 1 }]);
    const started = Date.now();
    const answer = await call("/v4.1/user", key);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBe("success");
  });

  it("drops the connection", async () => {
    const key = newKey();
    await setFaults(key, [{ type: "drop", times: 1 }]);
    const response = await send("/v4.1/user", key);
    await expect(response.text()).rejects.toThrow();
    expect((await call("/v4.1/user", key)).status).toBe("success");
  });

  it("answers NO_SERVER on link/unlock, and HTTP 403 NO_SERVER on uploads, only for calls through the edge", async () => {
    const key = newKey();
    await setFaults(key, [{ type: "noServer" }]);
    const link = { link: "https://example.com/a.zip" };
    const unlock = await send("/v4.1/link/unlock", key, link, { viaEdge: true });
    expect(unlock.status).toBe(200);
    expect(((await unlock.json()) as { error: unknown }).error).toEqual({
      code: "NO_SERVER",
      message: "Servers are not allowed to use this feature. Visit https://alldebrid.com/vpn if you're using a VPN.",
    });
    const upload = await send("/v4.1/magnet/upload", key, { magnets: ["a".repeat(40)] }, { viaEdge: true });
    expect(upload.status).toBe(403);
    expect(await upload.json()).toMatchObject({ status: "error", error: { code: "NO_SERVER" } });
    const file = await send("/v4.1/magnet/upload/file", key, {}, { viaEdge: true, multipart: true });
    expect(file.status).toBe(403);
    expect(await file.json()).toMatchObject({ status: "error", error: { code: "NO_SERVER" } });
    expect((await call("/v4.1/link/unlock", key, link)).status).toBe("success");
    expect((await call("/v4.1/magnet/upload", key, { magnets: ["a".repeat(40)] })).status).toBe("success");
    expect((await call("/v4.1/user", key, {}, { viaEdge: true })).status).toBe("success");
  });

  it("answers AUTH_BAD_APIKEY for a revoked key where a key is needed, until the fault is cleared", async () => {
    const key = newKey();
    await setFaults(key, [{ type: "revoked" }]);
    const refused = await send("/v4.1/user", key);
    expect(refused.status).toBe(200);
    expect((await refused.json<{ error: { code: string } }>()).error.code).toBe("AUTH_BAD_APIKEY");
    expect((await call("/v4.1/magnet/status", key)).error.code).toBe("AUTH_BAD_APIKEY");
    expect((await call("/v4/ping", key)).status).toBe("success");
    await hook("/faults", { method: "DELETE", headers: { Authorization: `Bearer ${key}` } });
    expect((await call("/v4.1/user", key)).status).toBe("success");
  });

  it("lists and clears an account's faults", async () => {
    const key = newKey();
    await setFaults(key, [{ type: "status", status: 500 }]);
    const listed = await (await hook(`/faults?apikey=${key}`)).json<{ data: { faults: unknown[] } }>();
    expect(listed.data.faults).toHaveLength(1);
    await hook("/faults", { method: "DELETE", headers: { Authorization: `Bearer ${key}` } });
    expect((await send("/v4.1/user", key)).status).toBe(200);
  });

  it("answers bad input with BAD_REQUEST and HTTP 400", async () => {
    const key = newKey();
    for (const body of [
      "not json",
      JSON.stringify({ apikey: key, faults: [{ type: "explode" }] }),
      JSON.stringify({ apikey: key, faults: [{ type: "status", status: 404 }] }),
      JSON.stringify({ apikey: key, faults: [{ type: "drop", paths: ["magnet/upload"] }] }),
      JSON.stringify({ apikey: key, faults: [{ type: "drop", paths: ["/v5/magnet/upload"] }] }),
      JSON.stringify({ faults: [] }),
    ]) {
      const response = await hook("/faults", { method: "POST", headers: { "Content-Type": "application/json" }, body });
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
    }
  });
});

describe("POST /sandbox/magnets/age", () => {
  const age = (body: unknown) =>
    hook("/magnets/age", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  const ready = (n: number) => `0${String(n).padStart(39, "0")}`;

  it("moves the account's magnets, or those named, back by whole or part days: their completion too", async () => {
    const key = newKey();
    const upload = await call<{ magnets: Array<{ id: number }> }>("/v4.1/magnet/upload", key, {
      magnets: [ready(1), ready(2)],
    });
    const [first, second] = upload.data.magnets.map((magnet) => magnet.id);
    const completion = async () => {
      const list = await call<{ magnets: Array<{ id: number; completionDate: number }> }>("/v4.1/magnet/status", key);
      return new Map(list.data.magnets.map((magnet) => [magnet.id, magnet.completionDate]));
    };
    const before = await completion();
    expect(await (await age({ apikey: key, days: 10, ids: [first] })).json()).toEqual({
      status: "success",
      data: { aged: 1 },
    });
    const after = await completion();
    expect(after.get(first!)).toBe(before.get(first!)! - 10 * 86_400);
    expect(after.get(second!)).toBe(before.get(second!));
    expect(await (await age({ apikey: key, days: 0.5 })).json()).toMatchObject({ data: { aged: 2 } });
    expect((await completion()).get(second!)).toBe(before.get(second!)! - 43_200);
  });

  it("answers bad input, or a key that is not the sandbox's, with HTTP 400", async () => {
    for (const body of [
      { apikey: newKey(), days: -1 },
      { apikey: newKey(), days: "3" },
      { apikey: newKey(), days: 3, ids: [] },
      { apikey: newKey(), days: 3, extra: true },
      { apikey: "aRealLookingKey", days: 3 },
      { days: 3 },
    ]) {
      const response = await age(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
    }
  });
});
