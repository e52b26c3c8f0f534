import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("sandbox basics", () => {
  it("answers /sandbox/v4/ping like the real service", async () => {
    const response = await exports.default.fetch("http://edge.test/sandbox/v4/ping");
    expect(await response.json()).toEqual({ status: "success", data: { ping: "pong" } });
  });

  it("answers an endpoint that does not exist with HTTP 404 and code 404", async () => {
    const response = await exports.default.fetch("http://edge.test/sandbox/v4/endpointDontExist");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: "error", error: { code: "404" } });
  });
});
