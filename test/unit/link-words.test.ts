// Words of the links workflows: a stream's qualities named once each ("mp3 · 3 MB", never
// "mp3 · mp3"), and a delayed link's countdown that says "any moment now" instead of 0:00.
import { describe, expect, it } from "vitest";
import { countdownText } from "../../web/app/countdown-text";
import { qualityLabel } from "../../web/links/quality-label";

const stream = (quality: number | string, ext: string, filesize: number) => ({
  id: "x",
  quality,
  ext,
  filesize,
  proto: "https",
  name: "",
});

describe("a stream's quality", () => {
  it("names a video quality with its format and size", () => {
    expect(qualityLabel(stream(720, "mp4", 52 * 1024 * 1024), "en")).toBe("720p · mp4 · 52 MB");
  });

  it("says an audio stream's format once", () => {
    expect(qualityLabel(stream("mp3", "mp3", 3 * 1024 * 1024), "en")).toBe("mp3 · 3 MB");
  });
});

describe("a delayed link's countdown", () => {
  it("counts down, then says any moment now once the time is up, and waits when no time is known", () => {
    const now = 1_000_000;
    expect(countdownText(now + 42_000, now)).toBe("Ready in about 0:42");
    expect(countdownText(now + 400, now)).toBe("Any moment now…");
    expect(countdownText(now - 5_000, now)).toBe("Any moment now…");
    expect(countdownText(undefined, now)).toBe("Waiting for the host…");
  });
});
