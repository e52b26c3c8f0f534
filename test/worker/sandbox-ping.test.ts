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

  it("answers a method other than GET and POST with 405 and the envelope", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const response = await exports.default.fetch("http://edge.test/sandbox/v4.1/user", { method });
      expect(response.status).toBe(405);
      expect(response.headers.get("Allow")).toBe("GET, POST");
      expect(await response.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
    }
  });
});
