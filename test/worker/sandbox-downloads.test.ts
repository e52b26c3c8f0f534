import { exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { call, newKey } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

async function unlocked(size: number, name = "file.bin"): Promise<string> {
  const answer = await call<{ link: string }>("/v4.1/link/unlock", newKey(), {
    link: `https://example.com/size-${size}/${name}`,
  });
  return answer.data.link;
}

async function bytes(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

describe("sandbox downloads", () => {
  it("serves the announced number of bytes, the same bytes every time", async () => {
    const link = await unlocked(100_000);
    const first = await exports.default.fetch(link);
    expect(first.status).toBe(200);
    expect(first.headers.get("Accept-Ranges")).toBe("bytes");
    expect(first.headers.get("Content-Length")).toBe("100000");
    const body = await bytes(first);
    expect(body.length).toBe(100_000);
    expect(await bytes(await exports.default.fetch(link))).toEqual(body);
    expect(new Set(body.subarray(0, 256)).size).toBeGreaterThan(100);
  });

  it("answers a Range with 206, Content-Range and exactly those bytes of the whole file", async () => {
    const link = await unlocked(100_000);
    const whole = await bytes(await exports.default.fetch(link));
    const part = await exports.default.fetch(link, { headers: { Range: "bytes=65533-65543" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("Content-Range")).toBe("bytes 65533-65543/100000");
    expect(await bytes(part)).toEqual(whole.subarray(65533, 65544));
    const open = await exports.default.fetch(link, { headers: { Range: "bytes=99990-" } });
    expect(await bytes(open)).toEqual(whole.subarray(99990));
    const suffix = await exports.default.fetch(link, { headers: { Range: "bytes=-5" } });
    expect(suffix.headers.get("Content-Range")).toBe("bytes 99995-99999/100000");
    expect(await bytes(suffix)).toEqual(whole.subarray(99995));
  });

  it("answers 416 with Content-Range */size for a range past the end", async () => {
    const link = await unlocked(1000);
    const response = await exports.default.fetch(link, { headers: { Range: "bytes=1000-2000" } });
    expect(response.status).toBe(416);
    expect(response.headers.get("Content-Range")).toBe("bytes */1000");
    await response.body?.cancel();
  });

  it("streams a huge file: a range near the end of 5 GB is served without reading the rest", async () => {
    const size = 5 * 1024 ** 3;
    const link = await unlocked(size, "huge.iso");
    const head = await exports.default.fetch(link, { method: "HEAD" });
    expect(head.headers.get("Content-Length")).toBe(String(size));
    const tail = await exports.default.fetch(link, { headers: { Range: `bytes=${size - 10}-` } });
    expect((await bytes(tail)).length).toBe(10);
  });

  it("answers 404 for an unknown download", async () => {
    const response = await exports.default.fetch("http://sandbox.test/sandbox/dl/unknown123/x.bin");
    expect(response.status).toBe(404);
    await response.body?.cancel();
  });
});
