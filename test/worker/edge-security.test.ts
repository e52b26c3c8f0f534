import { env, exports } from "cloudflare:workers";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../worker/env";
import { apiCors } from "../../worker/security/cors";

const BASE = "http://edge.test";
const newKey = () => `sandbox${crypto.randomUUID().replaceAll("-", "")}`;

describe("security headers", () => {
  const paths = [
    "/",
    "/manifest.webmanifest",
    "/v4.1/ping",
    "/v4.1/nope",
    "/api/health",
    "/api/nope",
    "/sandbox/v4.1/ping",
  ];
  for (const path of paths) {
    it(`are on the answer to GET ${path}`, async () => {
      const response = await exports.default.fetch(`${BASE}${path}`);
      const csp = response.headers.get("Content-Security-Policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("connect-src 'self' https://api.alldebrid.com");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
      expect(response.headers.get("X-Frame-Options")).toBe("DENY");
    });
  }

  it("are on error envelopes too (a body too large)", async () => {
    const response = await exports.default.fetch(`${BASE}/v4.1/magnet/upload`, {
      method: "POST",
      headers: { "Content-Length": String(11 * 1024 * 1024) },
      body: new Uint8Array(11 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("X-Frame-Options")).toBe("DENY");
  });
});

describe("bad inputs get their envelope, never a 500", () => {
  it("refuses a declared body over MAX_BODY_BYTES with 413 BODY_TOO_LARGE", async () => {
    const apikey = newKey();
    const response = await exports.default.fetch(`${BASE}/v4.1/magnet/upload/file?apikey=${apikey}`, {
      method: "POST",
      body: new Uint8Array(10 * 1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      status: "error",
      error: { code: "BODY_TOO_LARGE", message: "The request body is too large" },
    });
    expect(text).not.toContain(apikey);
  });

  it("counts a chunked body while reading it, and stops past the limit", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await exports.default.fetch(`${BASE}/v4.1/magnet/upload/file`, { method: "POST", body });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "BODY_TOO_LARGE" } });
  });

  it("answers a broken multipart body with 400 BAD_REQUEST", async () => {
    const apikey = newKey();
    const response = await exports.default.fetch(`${BASE}/v4.1/magnet/upload/file`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apikey}`, "Content-Type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="files[]"; filename="a.torrent"\r\n\r\nno end',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
    expect(text).not.toContain(apikey);
  });

  it("answers a multipart body without its boundary with 400 BAD_REQUEST", async () => {
    const response = await exports.default.fetch(`${BASE}/v4.1/magnet/upload/file?apikey=${newKey()}`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data" },
      body: "garbage",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });

  it("never echoes a bad apikey in the error", async () => {
    const apikey = "sandbox!!not-valid-key-marker";
    for (const init of [{}, { method: "POST", body: new URLSearchParams({ apikey }) }]) {
      const url = "method" in init ? `${BASE}/v4.1/user` : `${BASE}/v4.1/user?apikey=${encodeURIComponent(apikey)}`;
      const response = await exports.default.fetch(url, init);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ error: { code: "AUTH_BAD_APIKEY" } });
      expect(text).not.toContain("marker");
    }
  });
});

describe("CORS", () => {
  const app = new Hono<AppEnv>()
    .use(apiCors)
    .all("/v4.1/ping", (c) => c.json({ status: "success", data: { ping: "pong" } }));
  const withOrigins = { ...env, CORS_ORIGINS: "https://app.example, https://other.example/" };

  it("is off by default: no Access-Control-Allow-Origin for any origin", async () => {
    const response = await exports.default.fetch(`${BASE}/v4.1/ping`, { headers: { Origin: "https://app.example" } });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("allows a listed origin, preflight included", async () => {
    const preflight = await app.request(
      "/v4.1/ping",
      {
        method: "OPTIONS",
        headers: { Origin: "https://other.example", "Access-Control-Request-Method": "POST" },
      },
      withOrigins,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("https://other.example");
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toContain("Authorization");
    const call = await app.request("/v4.1/ping", { headers: { Origin: "https://app.example" } }, withOrigins);
    expect(call.headers.get("Access-Control-Allow-Origin")).toBe("https://app.example");
    expect(call.headers.get("Access-Control-Expose-Headers")).toContain("Retry-After");
  });

  it("gives an unlisted origin nothing", async () => {
    const call = await app.request("/v4.1/ping", { headers: { Origin: "https://evil.example" } }, withOrigins);
    expect(call.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});
