import { describe, expect, it } from "vitest";
import {
  AllDebridClient,
  AllDebridError,
  type CallOptions,
  type EndpointPath,
  type RequestParams,
} from "../../protocol/alldebrid";

const options = { baseUrl: "https://api.example.test/", apikey: "secretKey123" };

/**
 * The Request the client hands to fetch for one call, caught there. The parameters are loosely
 * typed on purpose: the encoding is checked on shapes the endpoint table would not allow too.
 */
async function sent(path: EndpointPath, params: RequestParams = {}, call: CallOptions = {}): Promise<Request> {
  let request: Request | undefined;
  const catching = (async (input: Request) => {
    request = input;
    return Response.json({ status: "success", data: {} });
  }) as typeof fetch;
  await new AllDebridClient({ ...options, fetch: catching }).request(path, params as never, call);
  if (!request) throw new Error("the client sent nothing");
  return request;
}

async function formOf(request: Request): Promise<Array<[string, string]>> {
  return [...new URLSearchParams(await request.text())];
}

describe("request encoding", () => {
  it("sends the apikey as a Bearer header and never in the URL", async () => {
    const request = await sent("/v4.1/user", {}, { method: "GET" });
    expect(request.headers.get("Authorization")).toBe("Bearer secretKey123");
    expect(request.url).toBe("https://api.example.test/v4.1/user");
    expect(request.url).not.toContain("secretKey123");
  });

  it("posts magnets[] once per magnet, urlencoded", async () => {
    const request = await sent("/v4.1/magnet/upload", { "magnets[]": ["magnet:?xt=urn:btih:aa", "bb"] });
    expect(request.method).toBe("POST");
    expect(request.headers.get("Content-Type")).toContain("application/x-www-form-urlencoded");
    expect(await formOf(request)).toEqual([
      ["magnets[]", "magnet:?xt=urn:btih:aa"],
      ["magnets[]", "bb"],
    ]);
  });

  it("adds [] to array parameters named without it (id[], ids[], link[])", async () => {
    const files = await sent("/v4.1/magnet/files", { id: [1, 2] });
    expect(await formOf(files)).toEqual([
      ["id[]", "1"],
      ["id[]", "2"],
    ]);
    const restart = await sent("/v4.1/magnet/restart", { "ids[]": [7, 8] });
    expect(await formOf(restart)).toEqual([
      ["ids[]", "7"],
      ["ids[]", "8"],
    ]);
    const infos = await sent("/v4.1/link/infos", { "link[]": ["https://a.test/1"], password: "pw" });
    expect(await formOf(infos)).toEqual([
      ["link[]", "https://a.test/1"],
      ["password", "pw"],
    ]);
  });

  it("puts GET parameters in the query string, arrays included", async () => {
    const request = await sent("/v4.1/hosts", { hostsOnly: true, "link[]": ["x", "y"] }, { method: "GET" });
    const url = new URL(request.url);
    expect(url.searchParams.get("hostsOnly")).toBe("true");
    expect(url.searchParams.getAll("link[]")).toEqual(["x", "y"]);
  });

  it("uploads torrents as multipart files[] with their names", async () => {
    const data = new Blob([new Uint8Array([100, 101])], { type: "application/x-bittorrent" });
    const request = await sent("/v4.1/magnet/upload/file", {}, { files: [{ name: "a.torrent", data }] });
    expect(request.method).toBe("POST");
    expect(request.headers.get("Content-Type")).toMatch(/^multipart\/form-data; boundary=/);
    const form = await request.formData();
    const file = form.getAll("files[]")[0] as File;
    expect(file.name).toBe("a.torrent");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([100, 101]));
  });
});

describe("response parsing", () => {
  const fakeFetch = (body: string, status = 200) =>
    (async () => new Response(body, { status, headers: { "Content-Type": "application/json" } })) as typeof fetch;

  it("returns the data of a success envelope", async () => {
    const client = new AllDebridClient({ ...options, fetch: fakeFetch('{"status":"success","data":{"ping":"pong"}}') });
    expect(await client.call("/v4.1/ping")).toEqual({ ping: "pong" });
  });

  it("throws an error envelope as a typed AllDebridError with code, message, status and token", async () => {
    const body = JSON.stringify({
      status: "error",
      error: { code: "AUTH_BLOCKED", message: "new location", token: "tok123" },
    });
    const client = new AllDebridClient({ ...options, fetch: fakeFetch(body, 200) });
    const error = await client.call("/v4.1/user").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AllDebridError);
    expect(error).toMatchObject({ code: "AUTH_BLOCKED", message: "new location", status: 200, token: "tok123" });
  });

  it("keeps the HTTP status of an error (429)", async () => {
    const body = '{"status":"error","error":{"code":"RATE_LIMITED","message":"slow down"}}';
    const client = new AllDebridClient({ ...options, fetch: fakeFetch(body, 429) });
    await expect(client.call("/v4.1/user")).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
  });

  it("carries a 429's Retry-After, in seconds, so a caller can wait it out", async () => {
    const body = '{"status":"error","error":{"code":"RATE_LIMITED","message":"slow down"}}';
    const answer = async () => new Response(body, { status: 429, headers: { "Retry-After": "4" } });
    const client = new AllDebridClient({ ...options, fetch: answer as typeof fetch });
    await expect(client.call("/v4.1/user")).rejects.toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 4 });
  });

  it("turns an HTML page or JSON without status into UPSTREAM_INVALID_RESPONSE", async () => {
    const page = new AllDebridClient({ ...options, fetch: fakeFetch("<html>oops</html>", 502) });
    await expect(page.request("/v4.1/user")).rejects.toMatchObject({ code: "UPSTREAM_INVALID_RESPONSE", status: 502 });
    const statusless = new AllDebridClient({ ...options, fetch: fakeFetch('{"data":1}') });
    await expect(statusless.call("/v4.1/user")).rejects.toMatchObject({ code: "UPSTREAM_INVALID_RESPONSE" });
  });

  it("turns a dropped connection into UPSTREAM_UNAVAILABLE", async () => {
    const failing = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    const client = new AllDebridClient({ ...options, fetch: failing });
    await expect(client.call("/v4.1/ping")).rejects.toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
  });
});
