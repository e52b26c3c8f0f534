// The apikey stays out of logs and upstream URLs whatever goes wrong: failing upstreams seen
// by the edge, live sync and the app's API, and the many ways old clients send the key.
import { env, exports } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readCall } from "../../worker/edge/read-call";
import { forwardCall } from "../../worker/upstream";
import { answered, BASE, unlimited, upstreamRequestOf } from "./edge-upstream";
import { newKey, sandboxStats, setFaults } from "./sandbox-hooks";

async function sandboxCallCount(apikey: string): Promise<number> {
  return (await sandboxStats(apikey)).total;
}

/** Everything written to the console while `work` runs, as one text. */
async function consoleDuring(work: () => Promise<void>): Promise<string> {
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level));
  await work();
  return spies.flatMap((spy) => spy.mock.calls.flat().map((arg) => String(arg))).join("\n");
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the apikey in logs", () => {
  it("never appears in console output while the upstream fails for the edge, live sync and /api", async () => {
    const apikey = newKey();
    await setFaults(apikey, [
      { type: "drop", times: 3 },
      { type: "html", status: 500, times: 3 },
      { type: "status", status: 500 },
    ]);
    const output = await consoleDuring(async () => {
      const bearer = { Authorization: `Bearer ${apikey}` };
      const answers = [
        await exports.default.fetch(`${BASE}/v4.1/user?apikey=${apikey}`),
        await exports.default.fetch(`${BASE}/v4.1/user`, { headers: bearer }),
        await exports.default.fetch(`${BASE}/v4.1/magnet/delete`, {
          method: "POST",
          body: new URLSearchParams({ apikey, id: "1" }),
        }),
        await exports.default.fetch(`${BASE}/api/live/ticket`, { method: "POST", headers: bearer }),
        await exports.default.fetch(`${BASE}/api/magnets`, { headers: bearer }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBeGreaterThanOrEqual(500);
        expect(await answer.text()).not.toContain(apikey);
      }
      // A real upstream that cannot be reached at all (nothing listens on port 9).
      const unreachable = { ...env, UPSTREAM_URL: "http://127.0.0.1:9" };
      const call = await readCall(new Request(`${BASE}/v4.1/user?apikey=${apikey}`), "/v4.1/user");
      const dropped = await answered(forwardCall(unreachable, BASE, call, { budget: unlimited, backoffMs: 1 }));
      expect(dropped.status).toBe(502);
    });
    expect(await sandboxCallCount(apikey)).toBeGreaterThanOrEqual(5);
    expect(output).not.toContain(apikey);
  });
});

describe("the apikey in upstream URLs", () => {
  const spellings = [
    "apikey=sandboxOldClient",
    "api%6Bey=sandboxOldClient",
    "apikey=sandboxOldClient&apikey=sandboxOldClient",
    "id[]=1&apikey=sandboxOldClient&agent=old",
  ];
  for (const query of spellings) {
    it(`moves ?${query} into the Authorization header and out of the URL`, async () => {
      const seen = await upstreamRequestOf(new Request(`${BASE}/v4.1/magnet/files?${query}`));
      expect(seen.url).not.toContain("sandboxOldClient");
      expect(seen.headers.get("Authorization")).toBe("Bearer sandboxOldClient");
    });
  }

  it("drops a query apikey from the URL when the form carries one too", async () => {
    const request = new Request(`${BASE}/v4.1/magnet/delete?apikey=sandboxInQuery`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "id=1&apikey=sandboxInForm",
    });
    const seen = await upstreamRequestOf(request);
    expect(seen.url).toBe("http://edge.test/sandbox/v4.1/magnet/delete");
    expect(seen.headers.get("Authorization")).toBe("Bearer sandboxInForm");
    expect(new TextDecoder().decode(await seen.arrayBuffer())).toBe("id=1");
  });

  it("takes a bare ?apikey with no value as no key at all, and forwards nothing of it", async () => {
    const answer = await exports.default.fetch(`${BASE}/v4.1/user?apikey`);
    expect(await answer.json()).toMatchObject({ status: "error", error: { code: "AUTH_MISSING_APIKEY" } });
    const seen = await upstreamRequestOf(new Request(`${BASE}/v4.1/ping?apikey`));
    expect(seen.url).toBe("http://edge.test/sandbox/v4.1/ping");
    expect(seen.headers.has("Authorization")).toBe(false);
  });
});
