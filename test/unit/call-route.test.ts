import { describe, expect, it } from "vitest";
import { firstRoute } from "../../web/api/call-source";

describe("where a call goes first", () => {
  it("sends what AllDebrid refuses from servers from the device first, per endpoint, when the upstream is the real service", () => {
    for (const path of ["/v4.1/magnet/upload", "/v4.1/magnet/upload/file", "/v4.1/link/unlock", "/v4/link/unlock"])
      expect(firstRoute(path, "auto", "alldebrid"), path).toBe("device");
    for (const path of ["/v4.1/magnet/status", "/v4.1/magnet/delete", "/v4.1/link/infos", "/v4.1/user/links/save"])
      expect(firstRoute(path, "auto", "alldebrid"), path).toBe("edge");
  });

  it("keeps the edge first with the sandbox as upstream, so its server refusal can be met and repeated", () => {
    expect(firstRoute("/v4.1/magnet/upload", "auto", "sandbox")).toBe("edge");
    expect(firstRoute("/v4.1/link/unlock", "auto", "sandbox")).toBe("edge");
  });

  it("follows the person's own choice whatever the endpoint", () => {
    expect(firstRoute("/v4.1/magnet/upload", "edge", "alldebrid")).toBe("edge");
    expect(firstRoute("/v4.1/magnet/status", "device", "alldebrid")).toBe("device");
    expect(firstRoute("/v4.1/magnet/status", "device", "sandbox")).toBe("device");
  });
});
