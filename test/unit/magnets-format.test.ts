import { describe, expect, it } from "vitest";
import { reconnectDelay } from "../../web/magnets/backoff";
import { summarize } from "../../web/magnets/files-tree";
import { formatBytes, formatDuration, formatSpeed } from "../../web/magnets/format";
import { sparklinePoints, withSample } from "../../web/magnets/speed-history";
import { statusText } from "../../web/magnets/status-text";

/** The sparkline shows the last 30 speeds. */
const SPEED_SAMPLES = 30;

const nbsp = (text: string) => text.replaceAll("\u00a0", " ");

describe("numbers on the magnets screen", () => {
  it("shows sizes and speeds in the user's language", () => {
    expect(nbsp(formatBytes(1536, "en"))).toBe("1.5 KB");
    expect(nbsp(formatBytes(1536, "fr"))).toBe("1,5 Ko");
    expect(nbsp(formatBytes(5 * 1024 ** 3, "en"))).toBe("5 GB");
    expect(nbsp(formatSpeed(2 * 1024 ** 2, "en"))).toBe("2 MB/s");
  });

  it("shows the time left", () => {
    expect(nbsp(formatDuration(42, "en"))).toBe("42 s");
    expect(nbsp(formatDuration(3900, "en"))).toBe("1 h 05");
    expect(nbsp(formatDuration(2 * 86_400 + 4 * 3600, "fr"))).toBe("2 j 4 h");
  });

  it("says each status in English and French, falling back to the upstream's text for new codes", () => {
    expect(statusText(4, "Ready.", "en")).toBe("Ready");
    expect(statusText(4, "Ready.", "fr")).toBe("Prêt");
    expect(statusText(15, "", "en")).toBe("File not available: no peer");
    expect(statusText(99, "Something new.", "fr")).toBe("Something new");
  });
});

describe("reconnecting", () => {
  it("waits longer after each failure, with jitter, never past the cap", () => {
    const low = () => 0;
    const high = () => 0.999_999;
    expect(reconnectDelay(0, { base: 500, cap: 30_000 }, low)).toBe(250);
    expect(reconnectDelay(0, { base: 500, cap: 30_000 }, high)).toBe(500);
    expect(reconnectDelay(3, { base: 500, cap: 30_000 }, low)).toBe(2000);
    expect(reconnectDelay(20, { base: 500, cap: 30_000 }, high)).toBe(30_000);
    expect(reconnectDelay(200, { base: 500, cap: 30_000 }, low)).toBe(15_000);
  });
});

describe("the speed graph", () => {
  it("keeps a bounded window of recent speeds and draws the fastest at the top", () => {
    let samples: number[] | undefined;
    for (let i = 0; i < SPEED_SAMPLES + 5; i++) samples = withSample(samples, i);
    expect(samples).toHaveLength(SPEED_SAMPLES);
    expect(samples?.at(-1)).toBe(SPEED_SAMPLES + 4);
    expect(sparklinePoints([0, 50, 100], 100, 20)).toBe("0.0,20.0 50.0,10.0 100.0,0.0");
    expect(sparklinePoints([5], 100, 20)).toBe("");
  });
});

describe("the files tree", () => {
  const tree = [
    { n: "README.txt", s: 1, l: "l1" },
    {
      n: "Subs",
      e: [
        { n: "English.srt", s: 10, l: "l2" },
        { n: "Extras", e: [{ n: "Commentary.srt", s: 100, l: "l3" }] },
      ],
    },
    { n: "Sample", e: [{ n: "Film.sample.mkv", s: 500, l: "l4" }] },
    { n: "Film.mkv", s: 9000, l: "l5" },
  ];

  it("counts the files and bytes under a folder", () => {
    expect(summarize(tree)).toEqual({ files: 5, size: 9611 });
  });
});
