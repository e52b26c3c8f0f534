import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("health and unknown paths", () => {
  it("reports the version and that the upstream is the sandbox", async () => {
    const response = await exports.default.fetch("http://edge.test/api/health");
    expect(response.status).toBe(200);
    const body = await response.json<{ upstream: string; version: string }>();
    expect(body.upstream).toBe("sandbox");
    expect(body.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("answers an unknown API path with the AllDebrid 404 envelope", async () => {
    const response = await exports.default.fetch("http://edge.test/v4/endpointDontExist");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      status: "error",
      error: { code: "404", message: "Endpoint doesn't exist" },
    });
  });
});
