import { describe, expect, it } from "vitest";
import { describeAge } from "../../web/offline/age";

describe("how old the saved state is, in words", () => {
  it("says just now, minutes, hours and days in English and French", () => {
    expect(describeAge(20_000, "en")).toBe("just now");
    expect(describeAge(5 * 60_000, "en")).toBe("5 min ago");
    expect(describeAge(3 * 3_600_000, "fr")).toBe("il y a 3 h");
    expect(describeAge(24 * 3_600_000, "en")).toBe("1 day ago");
    expect(describeAge(3 * 24 * 3_600_000, "fr")).toBe("il y a 3 jours");
  });

  it("never shows a negative age when the clock moved back", () => {
    expect(describeAge(-90_000, "en")).toBe("just now");
  });
});
