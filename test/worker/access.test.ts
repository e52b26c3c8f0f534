// A deployment on the open internet: keys that cannot be keys are refused before anything is
// built from them, junk keys cost at most a bounded number of upstream calls and leave no
// object behind, and a deployment is its owner's alone unless configured otherwise.
import { createExecutionContext, runInDurableObject, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { accountNamed } from "../../worker/account";
import worker from "../../worker/index";
import { keyedHash } from "../../worker/security/key-hash";
import { newKey, sandboxStats } from "./sandbox-hooks";

const BASE = "http://edge.test";
type Body = { status: string; error?: { code: string; message: string }; data?: { user?: { username: string } } };

/** A call to /v4.1/user through the edge, from a client address of the test's choosing. */
async function userCall(apikey: string, address = "198.51.100.1"): Promise<{ status: number; body: Body }> {
  const response = await exports.default.fetch(`${BASE}/v4.1/user?apikey=${encodeURIComponent(apikey)}`, {
    headers: { "CF-Connecting-IP": address },
  });
  return { status: response.status, body: await response.json<Body>() };
}

/** The Worker with other settings than the test run's: ALLOWED_USERS and a secret of its own, so its owner is its own. */
function deployment(settings: { ALLOWED_USERS: string }) {
  const configured = { ...env, ...settings, KEY_HASH_SECRET: `deployment-${crypto.randomUUID()}` };
  return async (apikey: string): Promise<{ status: number; body: Body }> => {
    const ctx = createExecutionContext();
    const request = new Request(`${BASE}/v4.1/user`, { headers: { Authorization: `Bearer ${apikey}` } });
    const response = await worker.fetch(request, configured, ctx);
    await waitOnExecutionContext(ctx);
    return { status: response.status, body: await response.json<Body>() };
  };
}

/** Whether the account object of a key has stored anything at all. */
async function storedTables(apikey: string): Promise<number> {
  const stub = accountNamed(env, await keyedHash(env, apikey));
  return runInDurableObject(
    stub,
    (_instance, state) =>
      state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE name NOT LIKE '_cf_%'").one()
        .n,
  );
}

describe("keys that cannot be keys", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const impossible = {
    "a zero-width space": "sandboxLeakDemo42\u200b",
    "a non-breaking space": "sandboxLeak\u00a0Demo42",
    "a NUL": "sandbox\u0000xyzxyz",
    "a line break": "sandboxabc\r\nSet-Cookie: x",
    "an absurd length": `sandbox${"a".repeat(500)}`,
  };

  for (const [what, apikey] of Object.entries(impossible)) {
    it(`answers AUTH_BAD_APIKEY at once for a key with ${what}, with no upstream call and nothing logged`, async () => {
      const logged: unknown[] = [];
      for (const level of ["log", "info", "warn", "error", "debug"] as const)
        vi.spyOn(console, level).mockImplementation((...args) => logged.push(...args));
      const { status, body } = await userCall(apikey);
      expect(status).toBe(200);
      expect(body).toEqual({
        status: "error",
        error: { code: "AUTH_BAD_APIKEY", message: "The auth apikey is invalid" },
      });
      expect(await sandboxStats(apikey)).toEqual({ total: 0, calls: {}, rateLimited: 0 });
      expect(JSON.stringify(logged)).not.toContain("Leak");
      expect(await storedTables(apikey)).toBe(0);
    });
  }

  it("counts the calls a plausible junk key costs, so a zero above means no call at all", async () => {
    const junk = `junk${crypto.randomUUID()}`;
    expect((await userCall(junk, "198.51.100.2")).body.error?.code).toBe("AUTH_BAD_APIKEY");
    expect(await sandboxStats(junk)).toEqual({ total: 1, calls: { "/v4.1/user": 1 }, rateLimited: 0 });
  });
});

describe("junk keys", () => {
  it("cost one upstream call for a refused key, however often it is repeated", async () => {
    const junk = `junk${crypto.randomUUID()}`;
    for (let n = 0; n < 20; n++) {
      const { body } = await userCall(junk, "198.51.100.3");
      expect(body.error?.code).toBe("AUTH_BAD_APIKEY");
    }
    expect((await sandboxStats(junk)).total).toBe(1);
  });

  it("leave no account object behind, and an address sending many is refused without upstream calls", async () => {
    const keys = Array.from({ length: 30 }, () => `junk${crypto.randomUUID()}`);
    const answers = [];
    for (const key of keys) answers.push(await userCall(key, "203.0.113.30"));
    // The first ten are asked of the upstream and refused; then the address is blocked for a minute.
    expect(answers.slice(0, 10).map((a) => a.body.error?.code)).toEqual(Array(10).fill("AUTH_BAD_APIKEY"));
    expect(answers.slice(11).every((a) => a.status === 429 && a.body.error?.code === "RATE_LIMITED")).toBe(true);
    const upstreamCalls = await Promise.all(keys.map(async (key) => (await sandboxStats(key)).total));
    expect(upstreamCalls.reduce((sum, n) => sum + n, 0)).toBe(11);
    for (const key of keys) expect(await storedTables(key)).toBe(0);
    // Another address is not held back by it.
    expect((await userCall(newKey(), "203.0.113.31")).status).toBe(200);
  });

  it("stores nothing in the account object of a key that was only admitted", async () => {
    const apikey = newKey();
    expect((await userCall(apikey)).status).toBe(200);
    // Nothing was written yet: only live sync writes, once a device connects.
    expect(await storedTables(apikey)).toBe(0);
  });
});

describe("who may use a deployment", () => {
  it("belongs to the first account that signs in when ALLOWED_USERS is empty: another gets ACCESS_DENIED, the owner keeps working", async () => {
    const call = deployment({ ALLOWED_USERS: "" });
    const [owner, other] = [newKey(), newKey()];
    expect((await call(owner)).status).toBe(200);
    const denied = await call(other);
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe("ACCESS_DENIED");
    expect(denied.body.error?.message).toContain("ALLOWED_USERS");
    expect((await call(owner)).status).toBe(200);
    expect((await call(other)).status).toBe(403);
  });

  it("admits every account when ALLOWED_USERS is *", async () => {
    const call = deployment({ ALLOWED_USERS: "*" });
    for (const key of [newKey(), newKey(), newKey()]) expect((await call(key)).status).toBe(200);
  });

  it("admits only the listed usernames, whatever their case", async () => {
    const [listed, unlisted] = [newKey(), newKey()];
    const username = (await userCall(listed)).body.data?.user?.username ?? "";
    const call = deployment({ ALLOWED_USERS: `alice, ${username.toUpperCase()}` });
    expect((await call(listed)).status).toBe(200);
    expect((await call(unlisted)).body.error?.code).toBe("ACCESS_DENIED");
  });

  it("keeps only keyed hashes in KV: no key and no username", async () => {
    const apikey = newKey();
    const username = (await userCall(apikey)).body.data?.user?.username ?? "";
    for (const { name } of (await env.HOSTS_CACHE.list()).keys) {
      expect(name).not.toContain(apikey);
      const value = (await env.HOSTS_CACHE.get(name)) ?? "";
      expect(value).not.toContain(apikey);
      expect(value).not.toContain(username);
    }
  });
});
