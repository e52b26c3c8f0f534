// The deployment as a drop-in AllDebrid endpoint: every endpoint of the table, under /v4/ and
// /v4.1/, in each encoding real clients use, answers through the edge exactly as the sandbox
// answers directly (writes, whose ids and dates differ, by shape on twin accounts); the retired
// and unknown forms answer as the live service does.
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type ApiResponse, ENDPOINT_NAMES, resolveEndpoint, VERSIONS } from "../../protocol/alldebrid";
import { BASE } from "./edge-upstream";
import { ENCODINGS, SAMPLES, type SampleAccount, sampleRequest } from "./endpoint-samples";
import { newKey, sandboxStats, setFaults } from "./sandbox-hooks";

type Body = ApiResponse<Record<string, unknown>>;

const resellerKey = () => newKey("sandboxreseller");

/** A fresh account holding one Ready magnet, set up straight on the sandbox. */
async function sampleAccount(apikey: string): Promise<SampleAccount> {
  const hash = `0${crypto.randomUUID().replaceAll("-", "")}`.padEnd(40, "0");
  const response = await exports.default.fetch(`${BASE}/sandbox/v4.1/magnet/upload`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apikey}` },
    body: new URLSearchParams({ "magnets[]": hash }),
  });
  const body = await response.json<{ data: { magnets: Array<{ id: number }> } }>();
  return { magnetId: body.data.magnets[0]!.id };
}

function shapeOf(body: Body) {
  return body.status === "success"
    ? { status: "success", deprecated: body.deprecated, keys: Object.keys(body.data).sort() }
    : { status: "error", deprecated: body.deprecated, code: body.error.code };
}

describe("every endpoint through the edge, in every version and encoding", () => {
  for (const version of VERSIONS) {
    for (const name of ENDPOINT_NAMES) {
      const path = `/${version}/${name}`;
      const endpoint = resolveEndpoint(path)!;
      for (const encoding of ENCODINGS) {
        it(`${encoding} ${path} answers as the sandbox does`, async () => {
          const keyed = endpoint.auth === "key";
          const [edgeKey, directKey] = endpoint.write ? [resellerKey(), resellerKey()] : [resellerKey(), null];
          const edgeAccount = await sampleAccount(edgeKey);
          const directAccount = directKey ? await sampleAccount(directKey) : edgeAccount;
          const key = (apikey: string) => (keyed || endpoint.write ? apikey : null);
          const edgeCall = SAMPLES[name](edgeAccount);
          const directCall = directKey ? SAMPLES[name](directAccount) : edgeCall;

          const edge = await exports.default.fetch(sampleRequest(`${BASE}${path}`, key(edgeKey), edgeCall, encoding));
          const direct = await exports.default.fetch(
            sampleRequest(`${BASE}/sandbox${path}`, key(directKey ?? edgeKey), directCall, encoding),
          );
          const [edgeBody, directBody] = [await edge.json<Body>(), await direct.json<Body>()];
          // Every endpoint of the table is one the sandbox knows.
          expect(direct.status).not.toBe(404);
          expect(edge.status).toBe(direct.status);
          if (endpoint.write || name === "pin/get") expect(shapeOf(edgeBody)).toEqual(shapeOf(directBody));
          else expect(edgeBody).toEqual(directBody);
        });
      }
    }
  }
});

describe("the forms the service has retired or never had", () => {
  const discontinued = {
    status: "error",
    error: {
      code: "DISCONTINUED",
      message: "This API endpoint has been discontinued, please migrate to newest API. See https://docs.alldebrid.com",
    },
    deprecated: true,
  };

  for (const via of ["/v4", "/sandbox/v4"]) {
    it(`answers ${via}/magnet/status with DISCONTINUED and deprecated: true, with or without a key`, async () => {
      for (const headers of [{}, { Authorization: `Bearer ${resellerKey()}` }] as Array<Record<string, string>>) {
        const response = await exports.default.fetch(`${BASE}${via}/magnet/status?id=1`, { headers });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual(discontinued);
      }
    });
  }

  it("keeps the documented deprecated answers of /v4/pin/get and /v4/user/hosts", async () => {
    const pin = await (await exports.default.fetch(`${BASE}/v4/pin/get`)).json<Body>();
    expect(pin).toMatchObject({ status: "success", deprecated: true, data: { check_url: expect.any(String) } });
    const headers = { Authorization: `Bearer ${resellerKey()}` };
    const hosts = await (await exports.default.fetch(`${BASE}/v4/user/hosts`, { headers })).json<Body>();
    expect(hosts).toMatchObject({ status: "success", deprecated: true, data: { streams: expect.any(Object) } });
  });

  it("answers /v4/magnet/instant, removed in 2024, with HTTP 404 and the 404 envelope", async () => {
    for (const via of ["/v4", "/sandbox/v4", "/v4.1"]) {
      const response = await exports.default.fetch(`${BASE}${via}/magnet/instant`, { method: "POST" });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        status: "error",
        error: { code: "404", message: "Endpoint doesn't exist" },
      });
    }
  });
});

describe("a path the table does not know", () => {
  const stats = async (apikey: string) => (await sandboxStats(apikey)).calls;

  it("reaches the upstream once and comes back as the upstream's envelope", async () => {
    const apikey = resellerKey();
    const response = await exports.default.fetch(`${BASE}/v4.1/magnet/someday`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apikey}` },
      body: new URLSearchParams({ id: "1" }),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "404" } });
    // One call to admit the new key (who owns it?), one for the path itself.
    expect(await stats(apikey)).toEqual({ "/v4.1/user": 1, "/v4.1/magnet/someday": 1 });
  });

  it("is never retried, even when the upstream answers 503 (it may be a write)", async () => {
    const apikey = resellerKey();
    await setFaults(apikey, [{ type: "status", status: 503, times: 2, paths: ["/v4.1/magnet/someday"] }]);
    const response = await exports.default.fetch(`${BASE}/v4.1/magnet/someday`, {
      headers: { Authorization: `Bearer ${apikey}` },
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "MAINTENANCE" } });
    expect(await stats(apikey)).toEqual({ "/v4.1/user": 1, "/v4.1/magnet/someday": 1 });
  });

  it("includes a version the table does not know yet, such as /v4.2/: forwarded once, answered as the upstream answers", async () => {
    const apikey = resellerKey();
    const response = await exports.default.fetch(`${BASE}/v4.2/user`, {
      headers: { Authorization: `Bearer ${apikey}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "404" } });
    expect(await stats(apikey)).toEqual({ "/v4.1/user": 1, "/v4.2/user": 1 });
  });

  it("is refused at once, with no upstream call, when it does not even look like an endpoint", async () => {
    const response = await exports.default.fetch(`${BASE}/v4.1/${"x".repeat(200)}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "404" } });
  });
});
