// The edge as a proxy: keys, methods and unknown paths answered as the service would, a real
// AllDebrid client pointed at the deployment, and the apikey sent upstream as a header only.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AllDebridClient, AllDebridError } from "../../protocol/alldebrid";
import { BASE, upstreamRequestOf } from "./edge-upstream";
import { newKey, setFaults } from "./sandbox-hooks";

describe("the edge's own answers", () => {
  it("answers an authenticated endpoint called without a key with AUTH_MISSING_APIKEY", async () => {
    const response = await exports.default.fetch(`${BASE}/v4.1/user`);
    expect(await response.json()).toEqual({
      status: "error",
      error: { code: "AUTH_MISSING_APIKEY", message: "The auth apikey was not sent" },
    });
  });

  it("refuses a method other than GET and POST with an envelope", async () => {
    const response = await exports.default.fetch(`${BASE}/v4.1/user`, { method: "PUT", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, POST");
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
  });
});

describe("a real AllDebrid client pointed at the deployment", () => {
  for (const method of ["GET", "POST"] as const) {
    it(`works unchanged with ${method}`, async () => {
      const apikey = newKey();
      const client = new AllDebridClient({ baseUrl: BASE, apikey, fetch: (r) => exports.default.fetch(r) });
      expect(await client.call("/v4.1/ping", {}, { method })).toEqual({ ping: "pong" });
      const { user } = await client.call("/v4.1/user", {}, { method });
      expect(user.username).toMatch(/^sandbox-/);
      const status = await client.call("/v4.1/magnet/status", {}, { method });
      expect(status.magnets).toEqual([]);
      await expect(client.call("/v4.1/magnet/files", { "id[]": [999999] }, { method })).resolves.toBeDefined();
    });
  }

  it("gets the upstream's own error for a bad key", async () => {
    const client = new AllDebridClient({ baseUrl: BASE, apikey: "not-a-key", fetch: (r) => exports.default.fetch(r) });
    const error = await client.call("/v4.1/user").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AllDebridError);
    expect((error as AllDebridError).code).toBe("AUTH_BAD_APIKEY");
  });

  it("passes a magnet upload refused from the server (HTTP 403, NO_SERVER) through unchanged", async () => {
    const apikey = newKey();
    await setFaults(apikey, [{ type: "noServer" }]);
    const client = new AllDebridClient({ baseUrl: BASE, apikey, fetch: (r) => exports.default.fetch(r) });
    const magnet = `magnet:?xt=urn:btih:${"a".repeat(40)}`;
    const edge = await client.request("/v4.1/magnet/upload", { "magnets[]": [magnet] });
    // The same device calling AllDebrid straight is served: the app retries from there.
    const sandbox = new AllDebridClient({ baseUrl: `${BASE}/sandbox`, apikey, fetch: (r) => exports.default.fetch(r) });
    const direct = await sandbox.request("/v4.1/magnet/upload", { "magnets[]": [magnet] });
    expect(direct.envelope.status).toBe("success");
    expect(edge.httpStatus).toBe(403);
    expect(edge.envelope).toEqual({ status: "error", error: { code: "NO_SERVER", message: expect.any(String) } });
  });
});

describe("the apikey goes upstream as a Bearer header only", () => {
  it("moves a query apikey into the Authorization header and keeps the rest of the query as sent", async () => {
    const seen = await upstreamRequestOf(
      new Request(`${BASE}/v4.1/magnet/files?id%5B%5D=1&apikey=sandboxQuery&id[]=2`),
    );
    expect(seen.headers.get("Authorization")).toBe("Bearer sandboxQuery");
    expect(new URL(seen.url).search).toBe("?id%5B%5D=1&id[]=2");
    expect(seen.method).toBe("GET");
  });

  it("moves a urlencoded form apikey into the header and forwards the rest of the form", async () => {
    const body = "magnets%5B%5D=magnet%3A%3Fxt%3Durn%3Abtih%3Aabc&apikey=sandboxForm&agent=old";
    const request = new Request(`${BASE}/v4.1/magnet/upload`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
    const seen = await upstreamRequestOf(request);
    expect(seen.headers.get("Authorization")).toBe("Bearer sandboxForm");
    expect(await seen.text()).toBe("magnets%5B%5D=magnet%3A%3Fxt%3Durn%3Abtih%3Aabc&agent=old");
  });

  it("forwards a multipart upload byte for byte, and without the apikey field when one was sent", async () => {
    const form = new FormData();
    form.append("files[]", new File([new Uint8Array([1, 2, 3])], "a.torrent"));
    const plain = new Request(`${BASE}/v4.1/magnet/upload/file`, { method: "POST", body: form });
    const original = new Uint8Array(await plain.clone().arrayBuffer());
    const seenPlain = await upstreamRequestOf(plain);
    expect(new Uint8Array(await seenPlain.arrayBuffer())).toEqual(original);

    form.append("apikey", "sandboxMultipart");
    const seen = await upstreamRequestOf(
      new Request(`${BASE}/v4.1/magnet/upload/file`, { method: "POST", body: form }),
    );
    expect(seen.headers.get("Authorization")).toBe("Bearer sandboxMultipart");
    const sent = await seen.formData();
    expect(sent.has("apikey")).toBe(false);
    const file = sent.get("files[]");
    expect(file).toBeInstanceOf(File);
    expect(new Uint8Array(await (file as File).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("prefers the Bearer header over an apikey parameter", async () => {
    const request = new Request(`${BASE}/v4.1/user?apikey=sandboxQuery`, {
      headers: { Authorization: "Bearer sandboxHeader" },
    });
    const seen = await upstreamRequestOf(request);
    expect(seen.headers.get("Authorization")).toBe("Bearer sandboxHeader");
    expect(seen.url).not.toContain("apikey");
  });
});
