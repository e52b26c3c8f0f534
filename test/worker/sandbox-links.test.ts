import { describe, expect, it, vi } from "vitest";
import { ERROR_MESSAGES, type ErrorCode } from "../../protocol/alldebrid";
import { call, newKey, ORIGIN, pollUntil } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

interface Unlock {
  link: string;
  filename: string;
  host: string;
  hostDomain?: string;
  filesize: number;
  paws: boolean;
  id: string;
  streams: Array<{ id: string; quality: number | string; filesize: number }>;
  delayed?: number;
}

const error = (code: ErrorCode) => ({ code, message: ERROR_MESSAGES[code] });

describe("link/infos", () => {
  it("answers filename, size, host and hostDomain, and per-item errors inside the array", async () => {
    const answer = await call<{ infos: unknown[] }>("/v4.1/link/infos", newKey(), {
      link: [
        "http://example.com/somefile",
        "http://notsupported.com/error",
        "https://example.com/down/a.zip",
        "https://example.com/pass/b.zip",
        "https://example.com/temporary/c.zip",
      ],
    });
    const [ok, unsupported, down, pass, temporary] = answer.data.infos;
    expect(ok).toMatchObject({
      link: "http://example.com/somefile",
      filename: "somefile.txt",
      host: "example",
      hostDomain: "example.com",
    });
    expect((ok as { size: number }).size).toBeGreaterThan(0);
    expect(unsupported).toEqual({ link: "http://notsupported.com/error", error: error("LINK_HOST_NOT_SUPPORTED") });
    expect(down).toMatchObject({ error: error("LINK_DOWN") });
    expect(pass).toMatchObject({ error: error("LINK_PASS_PROTECTED") });
    expect(temporary).toMatchObject({ error: error("LINK_TEMPORARY_UNAVAILABLE") });
  });

  it("opens a /pass/ link with the password secret, and answers LINK_IS_MISSING without links", async () => {
    const key = newKey();
    const opened = await call<{ infos: unknown[] }>("/v4.1/link/infos", key, {
      link: ["https://example.com/pass/b.zip"],
      password: "secret",
    });
    expect(opened.data.infos[0]).toMatchObject({ filename: "b.zip" });
    expect((await call("/v4.1/link/infos", key)).error).toEqual(error("LINK_IS_MISSING"));
  });

  it("gives the same size for the same link, and the size a /size-N/ segment asks for", async () => {
    const key = newKey();
    const links = ["https://example.com/x/film.mkv", "https://example.com/size-1234/film.mkv"];
    const first = await call<{ infos: Array<{ size: number }> }>("/v4.1/link/infos", key, { link: links });
    const again = await call<{ infos: Array<{ size: number }> }>("/v4.1/link/infos", newKey(), { link: links });
    expect(again.data.infos[0]?.size).toBe(first.data.infos[0]?.size);
    expect(first.data.infos[1]?.size).toBe(1234);
  });
});

describe("link/redirector", () => {
  it("returns virtual links that link/infos and link/unlock understand", async () => {
    const key = newKey();
    const answer = await call<{ links: string[] }>("/v4.1/link/redirector", key, {
      link: "https://dl-protect1.com/abc123",
    });
    expect(answer.data.links).toHaveLength(2);
    for (const link of answer.data.links)
      expect(link).toMatch(/^https:\/\/redirect\.alldebrid\.com\/[a-z0-9]+-\d-[0-9a-f]{64}$/);
    const infos = await call<{ infos: Array<{ link: string; filename: string }> }>("/v4.1/link/infos", key, {
      link: answer.data.links,
    });
    expect(infos.data.infos[0]).toMatchObject({ link: answer.data.links[0], filename: "part1.rar", host: "example" });
    const unlocked = await call<Unlock>("/v4.1/link/unlock", key, { link: answer.data.links[1] ?? "" });
    expect(unlocked.data.filename).toBe("part2.rar");
  });

  it("carries the redirector link's patterns to its links", async () => {
    const key = newKey();
    const answer = await call<{ links: string[] }>("/v4.1/link/redirector", key, { link: "https://adf.ly/AbC/down" });
    const infos = await call<{ infos: unknown[] }>("/v4.1/link/infos", key, { link: answer.data.links });
    expect(infos.data.infos[0]).toMatchObject({ error: { code: "LINK_DOWN" } });
  });

  it("answers REDIRECTOR_NOT_SUPPORTED for a host link and REDIRECTOR_ERROR for an /error/ one", async () => {
    const key = newKey();
    expect((await call("/v4.1/link/redirector", key, { link: "https://example.com/a.zip" })).error).toEqual(
      error("REDIRECTOR_NOT_SUPPORTED"),
    );
    expect((await call("/v4.1/link/redirector", key, { link: "https://ouo.io/AbC/error" })).error).toEqual(
      error("REDIRECTOR_ERROR"),
    );
  });
});

describe("link/unlock", () => {
  it("answers a direct download link on the sandbox, and adds it to the history", async () => {
    const key = newKey();
    const { data } = await call<Unlock>("/v4.1/link/unlock", key, { link: "https://example.com/size-2048/report.pdf" });
    expect(data).toMatchObject({
      host: "example",
      hostDomain: "example.com",
      filename: "report.pdf",
      filesize: 2048,
      paws: false,
      streams: [],
    });
    expect(data.link).toBe(`${ORIGIN}/sandbox/dl/${data.id}/report.pdf`);
    expect(data).not.toHaveProperty("delayed");
    const history = await call<{ links: Array<Record<string, unknown>> }>("/v4.1/user/history", key);
    expect(history.data.links[0]).toMatchObject({
      link: "https://example.com/size-2048/report.pdf",
      filename: "report.pdf",
      size: 2048,
      host: "example",
    });
  });

  it("answers every documented link error through its pattern", async () => {
    const key = newKey();
    const patterns: Record<string, ErrorCode> = {
      "https://example.com/down/a.zip": "LINK_DOWN",
      "https://example.com/pass/a.zip": "LINK_PASS_PROTECTED",
      "https://example.com/temporary/a.zip": "LINK_TEMPORARY_UNAVAILABLE",
      "https://example.com/maintenance/a.zip": "LINK_HOST_UNAVAILABLE",
      "https://uploadgig.com/file/download/AbCdEfGh12345678": "LINK_HOST_UNAVAILABLE",
      "https://example.com/busy/a.zip": "LINK_TOO_MANY_DOWNLOADS",
      "https://example.com/full/a.zip": "LINK_HOST_FULL",
      "https://example.com/limit/a.zip": "LINK_HOST_LIMIT_REACHED",
      "https://example.com/error/a.zip": "LINK_ERROR",
      "https://example.com/unsupported/a.zip": "LINK_NOT_SUPPORTED",
      "https://notsupported.com/a.zip": "LINK_HOST_NOT_SUPPORTED",
      "https://dl-protect1.com/abc123": "LINK_HOST_NOT_SUPPORTED",
      "not a link": "BAD_LINK",
      "https://redirect.alldebrid.com/unknown-0-00": "BAD_LINK",
    };
    for (const [link, code] of Object.entries(patterns)) {
      // One account per link: these quick calls would otherwise pass 12 a second.
      expect((await call("/v4.1/link/unlock", newKey(), { link })).error, link).toEqual(error(code));
    }
    expect((await call("/v4.1/link/unlock", key)).error).toEqual(error("LINK_IS_MISSING"));
    const opened = await call<Unlock>("/v4.1/link/unlock", key, {
      link: "https://example.com/pass/a.zip",
      password: "secret",
    });
    expect(opened.data.filename).toBe("a.zip");
  });

  it("answers MUST_BE_PREMIUM for free accounts and FREE_TRIAL_LIMIT_REACHED for trial ones on premium hosts", async () => {
    const rapidgator = "https://rapidgator.net/file/0123456789abcdef0123456789abcdef";
    expect((await call("/v4.1/link/unlock", newKey("sandboxfree"), { link: rapidgator })).error).toEqual(
      error("MUST_BE_PREMIUM"),
    );
    expect((await call("/v4.1/link/unlock", newKey("sandboxtrial"), { link: rapidgator })).error).toEqual(
      error("FREE_TRIAL_LIMIT_REACHED"),
    );
    expect(
      (await call("/v4.1/link/unlock", newKey("sandboxtrial"), { link: "https://1fichier.com/?abcde12345" })).status,
    ).toBe("success");
    expect(
      (await call("/v4.1/link/unlock", newKey("sandboxfree"), { link: "https://example.com/free.zip" })).status,
    ).toBe("success");
  });

  it("answers LINK_HOST_LIMIT_REACHED once a host's daily quota is used up", async () => {
    const key = newKey();
    const big = "https://katfile.com/abcdefghij12/size-22000000000/huge.iso";
    expect((await call("/v4.1/link/unlock", key, { link: big })).error).toEqual(error("LINK_HOST_LIMIT_REACHED"));
    const fits = "https://katfile.com/abcdefghij12/size-20000000000/big.iso";
    expect((await call("/v4.1/link/unlock", key, { link: fits })).status).toBe("success");
    expect((await call("/v4.1/link/unlock", key, { link: fits })).error.code).toBe("LINK_HOST_LIMIT_REACHED");
  });
});

describe("streams and delayed links", () => {
  it("gives a stream with several qualities: link '' and streams[], then link/streaming per quality", async () => {
    const key = newKey();
    const { data } = await call<Unlock>("/v4.1/link/unlock", key, {
      link: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    });
    expect(data).toMatchObject({ link: "", host: "stream", filesize: 0 });
    expect(data.streams.map((s) => s.quality)).toEqual(["mp3", 1080, 720, 360]);
    const direct = await call<{ link: string; filename: string; filesize: number }>("/v4.1/link/streaming", key, {
      id: data.id,
      stream: "398+140",
    });
    expect(direct.data.link).toMatch(/\/sandbox\/dl\/[a-z0-9]{10}\//);
    expect(direct.data.filename).toBe(`${data.filename}.720.mp4`);
    expect(direct.data.filesize).toBe(data.streams[2]?.filesize);
    const delayed = await call<{ delayed: number; filename: string }>("/v4.1/link/streaming", key, {
      id: data.id,
      stream: "137+140",
    });
    expect(delayed.data).not.toHaveProperty("link");
    expect(Number.isInteger(delayed.data.delayed)).toBe(true);
  });

  it("answers STREAM_INVALID_GEN_ID and STREAM_INVALID_STREAM_ID", async () => {
    const key = newKey();
    const { data } = await call<Unlock>("/v4.1/link/unlock", key, { link: "https://dai.ly/x8pnn16" });
    expect((await call("/v4.1/link/streaming", key, { id: "nope", stream: "18" })).error).toEqual(
      error("STREAM_INVALID_GEN_ID"),
    );
    expect((await call("/v4.1/link/streaming", newKey(), { id: data.id, stream: "18" })).error.code).toBe(
      "STREAM_INVALID_GEN_ID",
    );
    expect((await call("/v4.1/link/streaming", key, { id: data.id, stream: "999" })).error).toEqual(
      error("STREAM_INVALID_STREAM_ID"),
    );
  });

  it("gives a single-quality stream's link at once", async () => {
    const { data } = await call<Unlock>("/v4.1/link/unlock", newKey(), { link: "https://vimeo.com/123456" });
    expect(data.link).toMatch(/\/sandbox\/dl\//);
    expect(data.filename).toMatch(/\.mp4$/);
  });

  it("answers link/delayed with status 1 and time_left, then 2 with the link", async () => {
    const key = newKey();
    const { data } = await call<Unlock>("/v4.1/link/unlock", key, { link: "https://example.com/delayed/slow.iso" });
    expect(data.link).toBe("");
    const id = data.delayed ?? 0;
    const first = await call<{ status: number; time_left: number }>("/v4.1/link/delayed", key, { id });
    expect(first.data.status).toBe(1);
    expect(first.data.time_left).toBeGreaterThanOrEqual(1);
    const ready = await pollUntil(
      () => call<{ status: number; time_left: number; link?: string }>("/v4.1/link/delayed", key, { id }),
      (answer) => answer.data.status !== 1,
    );
    expect(ready.data).toMatchObject({ status: 2, time_left: 0 });
    expect(ready.data.link).toMatch(/\/sandbox\/dl\/[a-z0-9]{10}\/slow\.iso$/);
  });

  it("ends a /delayed-fail/ link with status 3, and a twitch stream is delayed", async () => {
    const key = newKey();
    const { data } = await call<Unlock>("/v4.1/link/unlock", key, { link: "https://example.com/delayed-fail/x.iso" });
    const failed = await pollUntil(
      () => call<{ status: number }>("/v4.1/link/delayed", key, { id: data.delayed ?? 0 }),
      (answer) => answer.data.status !== 1,
    );
    expect(failed.data).toEqual({ status: 3, time_left: 0 });
    const twitch = await call<Unlock>("/v4.1/link/unlock", key, {
      link: "https://www.twitch.tv/someone/videos/highlights",
    });
    expect(Number.isInteger(twitch.data.delayed)).toBe(true);
  });

  it("answers DELAYED_INVALID_ID for an unknown id or another account's", async () => {
    const key = newKey();
    const { data } = await call<Unlock>("/v4.1/link/unlock", key, { link: "https://example.com/delayed/x.iso" });
    expect((await call("/v4.1/link/delayed", key, { id: 1 })).error).toEqual(error("DELAYED_INVALID_ID"));
    expect((await call("/v4.1/link/delayed", newKey(), { id: data.delayed ?? 0 })).error.code).toBe(
      "DELAYED_INVALID_ID",
    );
    expect((await call("/v4.1/link/delayed", key)).error.code).toBe("DELAYED_INVALID_ID");
  });
});
