import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { isEnvelope } from "../../protocol/alldebrid";
import { forwardCall, ownCall } from "../../worker/upstream";
import { answered, unlimited } from "./edge-upstream";
import { newKey, sandboxStats, setFaults } from "./sandbox-hooks";

const BASE = "http://edge.test";

async function sandboxCalls(apikey: string, path: string): Promise<number> {
  return (await sandboxStats(apikey)).calls[path] ?? 0;
}

async function viaEdge(path: string, apikey: string, method = "GET"): Promise<{ response: Response; text: string }> {
  const init = method === "POST" ? { method, body: new URLSearchParams({ apikey, id: "1" }) } : {};
  const url = method === "POST" ? `${BASE}${path}` : `${BASE}${path}?apikey=${apikey}`;
  const response = await exports.default.fetch(url, init);
  return { response, text: await response.text() };
}

describe("upstream faults become envelopes", () => {
  const cases = [
    // Busy or failing answers are tried three times in all; an unreadable 200 is not busy.
    { fault: { type: "status", status: 429 }, status: 429, code: "RATE_LIMITED", attempts: 3 },
    { fault: { type: "status", status: 500 }, status: 500, code: "GENERIC", attempts: 3 },
    { fault: { type: "status", status: 503 }, status: 503, code: "MAINTENANCE", attempts: 3 },
    { fault: { type: "html", status: 200 }, status: 502, code: "UPSTREAM_INVALID_RESPONSE", attempts: 1 },
    { fault: { type: "html", status: 502 }, status: 502, code: "UPSTREAM_UNAVAILABLE", attempts: 3 },
    { fault: { type: "drop" }, status: 502, code: "UPSTREAM_UNAVAILABLE", attempts: 3 },
  ];
  for (const { fault, status, code, attempts } of cases) {
    it(`answers a lasting ${JSON.stringify(fault)} with ${code} (HTTP ${status}), never the key`, async () => {
      const apikey = newKey();
      await setFaults(apikey, [fault]);
      const { response, text } = await viaEdge("/v4.1/user", apikey);
      expect(response.status).toBe(status);
      const body: unknown = JSON.parse(text);
      expect(isEnvelope(body)).toBe(true);
      expect(body).toMatchObject({ status: "error", error: { code } });
      expect(text).not.toContain(apikey);
      expect(await sandboxCalls(apikey, "/v4.1/user")).toBe(attempts);
    });
  }

  it("answers UPSTREAM_TIMEOUT (504) when the upstream is slower than UPSTREAM_TIMEOUT_MS", async () => {
    const apikey = newKey();
    await setFaults(apikey, [{ type: "latency", ms: 1500 }]);
    const call = ownCall("/v4.1/user", apikey);
    const quick = { ...env, UPSTREAM_TIMEOUT_MS: "100" };
    const started = Date.now();
    const response = await answered(forwardCall(quick, BASE, call, { budget: unlimited }));
    expect(Date.now() - started).toBeLessThan(1400);
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "UPSTREAM_TIMEOUT" } });
  });

  it("answers UPSTREAM_UNAVAILABLE when the upstream cannot be reached at all", async () => {
    const call = ownCall("/v4.1/ping", null);
    const send = async (): Promise<Response> => {
      throw new TypeError("Network connection lost. apikey=secret");
    };
    const response = await answered(forwardCall(env, BASE, call, { budget: unlimited, send, backoffMs: 1 }));
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: "UPSTREAM_UNAVAILABLE" } });
    expect(text).not.toContain("secret");
  });

  it("retries a read through a passing 503 and answers the real data", async () => {
    const apikey = newKey();
    await setFaults(apikey, [{ type: "status", status: 503, times: 2, paths: ["/v4.1/user/links"] }]);
    const { response, text } = await viaEdge("/v4.1/user/links", apikey);
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ status: "success", data: { links: [] } });
    expect(await sandboxCalls(apikey, "/v4.1/user/links")).toBe(3);
  });

  it("never retries a write: a 500 on magnet delete is sent once and answered as it came", async () => {
    const apikey = newKey();
    await setFaults(apikey, [{ type: "status", status: 500, times: 1, paths: ["/v4.1/magnet/delete"] }]);
    const { response, text } = await viaEdge("/v4.1/magnet/delete", apikey, "POST");
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({ status: "error", error: { code: "GENERIC" } });
    expect(await sandboxCalls(apikey, "/v4.1/magnet/delete")).toBe(1);
  });

  it("never retries a write after a dropped connection either", async () => {
    const apikey = newKey();
    await setFaults(apikey, [{ type: "drop", paths: ["/v4.1/magnet/delete"] }]);
    const { response, text } = await viaEdge("/v4.1/magnet/delete", apikey, "POST");
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ error: { code: "UPSTREAM_UNAVAILABLE" } });
    expect(await sandboxCalls(apikey, "/v4.1/magnet/delete")).toBe(1);
  });

  it("passes NO_SERVER from link unlock through unchanged", async () => {
    const apikey = newKey();
    await setFaults(apikey, [{ type: "noServer" }]);
    const response = await exports.default.fetch(`${BASE}/v4.1/link/unlock`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apikey}` },
      body: new URLSearchParams({ link: "https://example.com/file" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "NO_SERVER" } });
  });

  it("answers a form the in-process sandbox cannot read with the sandbox's own 400, not a dropped connection", async () => {
    const apikey = newKey();
    const init = () => ({
      method: "POST",
      headers: {
        Authorization: `Bearer ${apikey}`,
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-16",
      },
      body: "magnets[]=abc",
    });
    const direct = await exports.default.fetch(`${BASE}/sandbox/v4.1/magnet/upload`, init());
    const edge = await exports.default.fetch(`${BASE}/v4.1/magnet/upload`, init());
    expect(direct.status).toBe(400);
    expect(edge.status).toBe(400);
    expect(await edge.json()).toEqual(await direct.json());
  });
});

describe("an upstream fault, named the same by the edge and by live sync", () => {
  const faults = [{ type: "html", status: 503 }, { type: "drop" }, { type: "status", status: 429 }];
  for (const fault of faults) {
    it(`gives ${JSON.stringify(fault)} one code on /v4.1/magnet/status and on /api/magnets`, async () => {
      const apikey = newKey();
      // Admitted first, so the fault meets the status calls only.
      expect((await viaEdge("/v4.1/user", apikey)).response.status).toBe(200);
      await setFaults(apikey, [{ ...fault, paths: ["/v4.1/magnet/status"] }]);
      const edge = JSON.parse((await viaEdge("/v4.1/magnet/status", apikey)).text);
      const api = await exports.default.fetch(`${BASE}/api/magnets`, {
        headers: { Authorization: `Bearer ${apikey}` },
      });
      expect(await api.json()).toMatchObject({ status: "error", error: { code: edge.error.code } });
    });
  }
});
