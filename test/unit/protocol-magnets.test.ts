import { describe, expect, it } from "vitest";
import { flattenFiles, infoHashOf, magnetGroup, toJsRegExp } from "../../protocol/alldebrid";

describe("magnet status codes", () => {
  it("groups 0-3 as processing, 4 as ready and 5-15 as errors", () => {
    expect([0, 1, 2, 3].map(magnetGroup)).toEqual(Array(4).fill("processing"));
    expect(magnetGroup(4)).toBe("ready");
    for (let code = 5; code <= 15; code++) expect(magnetGroup(code)).toBe("error");
  });
});

describe("info-hashes", () => {
  it("reads a hash from a magnet URI, a hex hash or a base32 hash", () => {
    const hex = "842783E3005495D5D1637F5364B59343C7844707";
    expect(infoHashOf(`magnet:?xt=urn:btih:${hex}&dn=ubuntu`)).toBe(hex.toLowerCase());
    expect(infoHashOf(hex)).toBe(hex.toLowerCase());
    expect(infoHashOf("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")).toBe("mfrggzdfmztwq2lknnwg23tpobyxe43u");
  });

  it("rejects a too-short hash and a magnet without btih", () => {
    expect(infoHashOf("6be434d1f4ebefa14c4051e4bb0543cf47a8")).toBeNull();
    expect(infoHashOf("magnet:?dn=nothing")).toBeNull();
  });
});

describe("files tree", () => {
  it("flattens nested folders with their paths", () => {
    const files = flattenFiles([
      {
        n: "Sub",
        e: [
          { n: "a.txt", s: 1, l: "l1" },
          { n: "Deep", e: [{ n: "b.txt", s: 2, l: "l2" }] },
        ],
      },
      { n: "c.txt", s: 3, l: "l3" },
    ]);
    expect(files.map((f) => [f.path.join("/"), f.n])).toEqual([
      ["Sub", "a.txt"],
      ["Sub/Deep", "b.txt"],
      ["", "c.txt"],
    ]);
  });
});

describe("host regexps", () => {
  it("accepts PCRE named groups, even repeated ones", () => {
    const re = toJsRegExp("(https?://(?:www\\.)?twitch\\.tv/[^/]+/b/(?P<id>\\d+))|(twitch\\.tv/(?P<id>[^/]+)/videos)");
    expect(re?.test("https://twitch.tv/someone/b/123")).toBe(true);
    expect(re?.test("https://example.com/")).toBe(false);
  });
});
