// A client that hangs up in the middle of a sandbox download (the app's player closed, a download
// cancelled) is the normal end of a stream, not an error of the Worker's. workerd's debug log says
// where an uncaught error came from: "Uncaught (in promise)" was the download's own stream failing
// with nobody to catch it. ("Uncaught (in response)" is workerd noting, only while an inspector
// such as wrangler's is attached, that its write to the gone client failed; without an inspector
// it keeps that quiet, as a disconnect is no error.) Offline: wrangler dev against the sandbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer } from "../../scripts/dev-server.mjs";
import { waitUntil } from "../wait-until";

describe("a sandbox download the client hangs up on", () => {
  let server: Awaited<ReturnType<typeof startDevServer>>;

  beforeAll(async () => {
    server = await startDevServer({}, { logLevel: "debug" });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("leaves no uncaught error of the Worker's own, however often it happens", async () => {
    const key = `sandboxhangup${Date.now()}`;
    for (const size of [734_003_200, 52_428_800, 9_000_000]) {
      const { link } = (await server.api(key, "/v4.1/link/unlock", {
        link: `https://example.com/size-${size}/film-${size}.mp4`,
      })) as { link: string };
      const hangUp = new AbortController();
      const response = await fetch(link, { signal: hangUp.signal, headers: { Range: "bytes=0-" } });
      expect(response.status).toBe(206);
      expect(response.headers.get("Content-Length")).toBe(String(size));
      const reader = response.body!.getReader();
      await reader.read();
      await reader.read();
      hangUp.abort();
    }
    const own = () => server.output().match(/uncaught exception; source = Uncaught \(in promise\).*/)?.[0];
    await expect(waitUntil(own, "an uncaught error of the Worker's in the log", { timeoutMs: 3_000 })).rejects.toThrow(
      /timed out/,
    );
  }, 60_000);
});
