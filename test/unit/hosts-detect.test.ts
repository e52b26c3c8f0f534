import { describe, expect, it } from "vitest";
import type { HostsData } from "../../protocol/alldebrid";
import { detectLink, detectLinks, extractLinks } from "../../web/hosts/detect";

// Shaped like the documented /v4/hosts answer, PCRE named groups included.
const catalogue: HostsData = {
  hosts: {
    mega: {
      name: "mega",
      type: "premium",
      domains: ["mega.nz", "mega.co.nz"],
      regexp: "mega(\\.co)?\\.nz\\/(?:file|folder)\\/(?P<id>[0-9a-zA-Z_-]{8,})",
      status: true,
    },
    rapid: {
      name: "rapid",
      type: "premium",
      domains: ["rapid.example"],
      regexp: "(?i)rapid\\.example\\/\\w+",
      status: false,
    },
  },
  streams: {
    twitch: {
      name: "twitch",
      type: "free",
      domains: ["twitch.tv"],
      regexp:
        "(https?:\\/\\/(?:(?:www|go|m)\\.)?twitch\\.tv\\/[^\\/]+\\/b\\/(?P<id>\\d+))|(https?:\\/\\/(?:(?:www|go|m)\\.)?twitch\\.tv\\/(?P<id>[^\\/]+)\\/videos\\/highlights)",
    },
  },
  redirectors: {
    dlprotect: {
      name: "dlprotect",
      type: "premium",
      domains: ["dl-protect1.com", "dl-protect1.co"],
      regexp: "((dl-protect1.com\\/[0-9a-z]+))|((dl\\-protect1\\.co\\/go\\/[0-9a-zA-Z_\\-]+))",
    },
  },
};

const HEX_HASH = "842783e3005495d5d1637f5364b59343c7844707";
const BASE32_HASH = "QQTYHYYAKSK5LULDO5TWJNMTIPDYIRYH";

describe("detectLink", () => {
  it("names the host of a supported host link and says whether it needs premium", () => {
    expect(detectLink("https://mega.nz/file/AbCdEf123456", catalogue)).toEqual({
      link: "https://mega.nz/file/AbCdEf123456",
      kind: "host",
      service: "mega",
      premium: true,
      up: true,
    });
  });

  it("recognises a stream link through a PCRE regexp whose group name repeats", () => {
    const detected = detectLink("https://www.twitch.tv/someone/videos/highlights", catalogue);
    expect(detected.kind).toBe("stream");
    expect(detected.service).toBe("twitch");
    expect(detected.premium).toBe(false);
  });

  it("recognises a redirector link", () => {
    expect(detectLink("https://dl-protect1.co/go/abc-123", catalogue)).toMatchObject({
      kind: "redirector",
      service: "dlprotect",
    });
  });

  it("falls back to the domains when a regexp cannot be read in JavaScript, and reports a host that is down", () => {
    expect(detectLink("https://www.rapid.example/abc", catalogue)).toMatchObject({
      kind: "host",
      service: "rapid",
      up: false,
    });
  });

  it("calls a link that no service takes unsupported", () => {
    expect(detectLink("https://nowhere.example/file/1", catalogue)).toEqual({
      link: "https://nowhere.example/file/1",
      kind: "unsupported",
    });
  });

  it("calls a supported domain with an unsupported path unsupported", () => {
    expect(detectLink("https://mega.nz/about", catalogue).kind).toBe("unsupported");
  });

  it("says unknown for a web link while no catalogue is on the device", () => {
    expect(detectLink("https://mega.nz/file/AbCdEf123456").kind).toBe("unknown");
    expect(detectLink("https://mega.nz/file/AbCdEf123456", null).kind).toBe("unknown");
  });

  it("recognises magnet URIs and bare info hashes (hex and base32) with their hash", () => {
    expect(detectLink(`magnet:?xt=urn:btih:${HEX_HASH.toUpperCase()}&dn=ubuntu`, catalogue)).toMatchObject({
      kind: "magnet",
      hash: HEX_HASH,
    });
    expect(detectLink(`magnet:?dn=x&xt=urn:btih:${BASE32_HASH}`, catalogue)).toMatchObject({ kind: "magnet" });
    expect(detectLink(`  ${HEX_HASH}  `)).toEqual({ link: HEX_HASH, kind: "magnet", hash: HEX_HASH });
    expect(detectLink(BASE32_HASH).kind).toBe("magnet");
  });

  it("does not take a malformed magnet, plain text or another scheme for a link", () => {
    expect(detectLink("magnet:?xt=urn:btih:1234", catalogue).kind).toBe("unsupported");
    expect(detectLink("hello world", catalogue).kind).toBe("unsupported");
    expect(detectLink("ftp://mega.nz/file/AbCdEf123456", catalogue).kind).toBe("unsupported");
  });
});

describe("extractLinks", () => {
  it("takes one link per line", () => {
    expect(extractLinks("https://a.example/1\nhttps://b.example/2\r\n\nhttps://c.example/3")).toEqual([
      "https://a.example/1",
      "https://b.example/2",
      "https://c.example/3",
    ]);
  });

  it("pulls links, magnets and hashes out of mixed text, in order, without wrapping punctuation", () => {
    const text = `Here (https://mega.nz/file/AbCdEf123456), and "https://x.example/a?b=1&c=2".
      Also magnet:?xt=urn:btih:${HEX_HASH}&dn=a+b and the hash ${BASE32_HASH}. Done: <https://y.example/z>!`;
    expect(extractLinks(text)).toEqual([
      "https://mega.nz/file/AbCdEf123456",
      "https://x.example/a?b=1&c=2",
      `magnet:?xt=urn:btih:${HEX_HASH}&dn=a+b`,
      BASE32_HASH,
      "https://y.example/z",
    ]);
  });

  it("keeps a closing bracket that belongs to the link", () => {
    expect(extractLinks("see https://wiki.example/Foo_(bar).")).toEqual(["https://wiki.example/Foo_(bar)"]);
  });

  it("lists a repeated link once", () => {
    expect(extractLinks("https://a.example/1 https://a.example/1\nhttps://a.example/1")).toEqual([
      "https://a.example/1",
    ]);
  });

  it("does not take a hash that is part of a link for a magnet", () => {
    expect(extractLinks(`https://tracker.example/t/${HEX_HASH}`)).toEqual([`https://tracker.example/t/${HEX_HASH}`]);
  });

  it("finds nothing in text without links", () => {
    expect(extractLinks("nothing to see here, just words and a short deadbeef")).toEqual([]);
  });
});

describe("detectLinks", () => {
  it("classifies every link of a pasted text", () => {
    const kinds = detectLinks(
      `https://mega.nz/file/AbCdEf123456 https://dl-protect1.com/abc ${HEX_HASH} https://nowhere.example/`,
      catalogue,
    ).map((detected) => detected.kind);
    expect(kinds).toEqual(["host", "redirector", "magnet", "unsupported"]);
  });
});
