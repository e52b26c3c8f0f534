// The unlock workflow every screen uses: where an unlock answer leads (a link, a quality to
// pick, a delayed link), and following a delayed link through lost connections to its end.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AllDebridError, type UnlockData } from "../../protocol/alldebrid";

const callApi = vi.hoisted(() => vi.fn());
vi.mock("../../web/api/client", () => ({ callApi }));

const { bestStream, followDelayed, readUnlock } = await import("../../web/alldebrid");
/** A delayed link is asked about every 5 seconds (docs/links.md). */
const DELAYED_POLL_MS = 5_000;

const answer = (fields: Partial<UnlockData>): UnlockData => ({
  link: "",
  filename: "file.bin",
  host: "example",
  filesize: 2048,
  id: "gen1",
  ...fields,
});
const stream = (id: string, quality: number | string) => ({
  id,
  quality,
  ext: "mp4",
  filesize: 1,
  proto: "https",
  name: "",
});

beforeEach(() => callApi.mockReset());

describe("where an unlock answer leads", () => {
  it("gives the download link, or the delayed id to follow", async () => {
    await expect(readUnlock(answer({ link: "https://dl/file.bin" }))).resolves.toEqual({
      step: "ready",
      link: "https://dl/file.bin",
      filename: "file.bin",
      size: 2048,
    });
    await expect(readUnlock(answer({ delayed: 42 }))).resolves.toMatchObject({ step: "delayed", delayedId: 42 });
  });

  it("asks for a quality when a stream has several, and takes the only one at once", async () => {
    const several = await readUnlock(answer({ streams: [stream("a", 360), stream("b", 720)] }));
    expect(several).toMatchObject({ step: "quality", generation: "gen1" });
    callApi.mockResolvedValue({ link: "https://dl/file.720.mp4", filename: "file.mp4", filesize: 9 });
    await expect(readUnlock(answer({ streams: [stream("b", 720)] }))).resolves.toMatchObject({
      step: "ready",
      link: "https://dl/file.720.mp4",
    });
    expect(callApi).toHaveBeenCalledWith("/v4.1/link/streaming", { id: "gen1", stream: "b" }, { signal: undefined });
  });

  it("takes the best quality at once when asked to (a share's default action)", async () => {
    callApi.mockResolvedValue({ link: "https://dl/file.1080.mp4", filename: "file.mp4", filesize: 9 });
    const streams = [stream("a", 360), stream("b", 1080), stream("c", "mp3")];
    await expect(readUnlock(answer({ streams }), { bestQuality: true })).resolves.toMatchObject({
      step: "ready",
      link: "https://dl/file.1080.mp4",
    });
    expect(callApi).toHaveBeenCalledWith("/v4.1/link/streaming", { id: "gen1", stream: "b" }, { signal: undefined });
  });

  it("calls an answer with neither link, stream nor delay a failed unlock", async () => {
    await expect(readUnlock(answer({}))).rejects.toMatchObject({ code: "LINK_ERROR" });
  });

  it("offers the best video quality first, and an audio stream when there is no video", () => {
    expect(bestStream([stream("a", 360), stream("b", 1080), stream("c", "mp3")])?.id).toBe("b");
    expect(bestStream([stream("c", "mp3")])?.id).toBe("c");
  });
});

describe("following a delayed link", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("reports the time left, waits out a lost connection, and resolves with the link", async () => {
    callApi
      .mockResolvedValueOnce({ status: 1, time_left: 12 })
      .mockRejectedValueOnce(new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 0))
      .mockResolvedValueOnce({ status: 2, time_left: 0, link: "https://dl/slow.bin" });
    const waits: Array<number | null> = [];
    const link = followDelayed(7, { onWait: (seconds) => waits.push(seconds) });
    await vi.advanceTimersByTimeAsync(DELAYED_POLL_MS);
    expect(callApi).toHaveBeenCalledTimes(2);
    // After a lost poll the next one waits twice as long.
    await vi.advanceTimersByTimeAsync(DELAYED_POLL_MS);
    expect(callApi).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(DELAYED_POLL_MS);
    await expect(link).resolves.toBe("https://dl/slow.bin");
    expect(waits).toEqual([12]);
    expect(callApi).toHaveBeenCalledWith("/v4.1/link/delayed", { id: 7 }, { signal: undefined });
  });

  it("throws DELAYED_FAILED when the host cannot prepare the file, and other refusals as they are", async () => {
    callApi.mockResolvedValueOnce({ status: 3, time_left: 0 });
    await expect(followDelayed(7)).rejects.toMatchObject({ code: "DELAYED_FAILED" });
    callApi.mockRejectedValueOnce(new AllDebridError("DELAYED_INVALID_ID"));
    await expect(followDelayed(7)).rejects.toMatchObject({ code: "DELAYED_INVALID_ID" });
  });

  it("stops when its signal is aborted", async () => {
    callApi.mockResolvedValue({ status: 1, time_left: 30 });
    const stop = new AbortController();
    const link = followDelayed(7, { signal: stop.signal });
    const settled = expect(link).rejects.toBeDefined();
    await vi.advanceTimersByTimeAsync(1);
    stop.abort();
    await settled;
    expect(callApi).toHaveBeenCalledTimes(1);
  });
});
