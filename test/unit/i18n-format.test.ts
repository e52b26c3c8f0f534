import { describe, expect, it } from "vitest";
import { formatCountdown, formatMegabytes, formatSize } from "../../web/i18n/format";

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
