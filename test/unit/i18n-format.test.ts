import { describe, expect, it } from "vitest";
import { formatCountdown } from "../../web/i18n/countdown";
import { formatMegabytes, formatShortDate, formatSize, middleEllipsis } from "../../web/i18n/format";

describe("sizes as a person reads them", () => {
  it("picks the unit and keeps one decimal below 100", () => {
    expect(formatSize(1024)).toBe("1 KB");
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(699_400_192)).toBe("667 MB");
    expect(formatSize(5 * 1024 ** 4)).toBe("5 TB");
  });

  it("writes French units and decimal commas in French", () => {
    expect(formatSize(1536, "fr")).toBe("1,5 Ko");
    expect(formatMegabytes(51_200, "fr")).toBe("50 Go");
  });

  it("says nothing for an unknown size, and 0 MB for a spent quota", () => {
    expect(formatSize(0)).toBe("");
    expect(formatSize(undefined)).toBe("");
    expect(formatMegabytes(0)).toBe("0 MB");
    expect(formatMegabytes(20_480)).toBe("20 GB");
  });
});

describe("delayed link countdowns", () => {
  it("shows minutes and seconds, and hours when there are some", () => {
    expect(formatCountdown(45)).toBe("0:45");
    expect(formatCountdown(65.2)).toBe("1:06");
    expect(formatCountdown(3723)).toBe("1:02:03");
    expect(formatCountdown(-3)).toBe("0:00");
  });
});

describe("dates on a list row", () => {
  const now = new Date(2025, 2, 13, 18, 0).getTime();
  const at = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime() / 1000;

  it("shows the time for today, the day for this year, the year before that", () => {
    expect(formatShortDate(at(2025, 2, 13, 9, 5), "en", now)).toBe("09:05");
    expect(formatShortDate(at(2025, 2, 12, 9, 5), "en", now)).toBe("12 Mar");
    expect(formatShortDate(at(2025, 2, 12, 9, 5), "fr", now)).toBe("12 mars");
    expect(formatShortDate(at(2023, 11, 1, 9, 5), "en", now)).toBe("1 Dec 2023");
  });
});

describe("long addresses", () => {
  it("keeps the start and the end (the file name) of an address, cut in the middle", () => {
    const link = "https://example.com/a/very/long/path/that/goes/on/and/on/release.rar";
    const short = middleEllipsis(link, 40);
    expect(short).toHaveLength(40);
    expect(short.startsWith("https://example.com/")).toBe(true);
    expect(short.endsWith("release.rar")).toBe(true);
    expect(short).toContain("…");
    expect(middleEllipsis("https://example.com/a.zip", 40)).toBe("https://example.com/a.zip");
  });
});
