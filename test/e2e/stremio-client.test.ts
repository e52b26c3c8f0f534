// The add-on loaded by Stremio's own client (stremio-addon-client, which lints the manifest with
// stremio-addon-linter) against the real Worker under wrangler dev: catalog, meta, stream, the
// play route's redirect, and bytes with a Range request, for a film and for a season pack.
import { type AddonClient, detectFromURL } from "stremio-addon-client";
import { lintManifest } from "stremio-addon-linter";
import { beforeAll, describe, expect, it } from "vitest";
import type { CatalogAnswer, MetaAnswer, StreamsAnswer, StremioLink } from "../../protocol/stremio";
import { baseUrl } from "./browser";
import { newSandboxKey } from "./helpers";

const CATALOG = "alldebrid-edge.magnets";
const FILM = "Big.Buck.Bunny.2008.1080p";
const PACK = "Pioneer.One.S01.720p.WEB";

/** A hash ready at once ("0…") whose third character picks the layout: 8-f a film with a sample. */
function hash(third: string): string {
  const rest = [...crypto.getRandomValues(new Uint8Array(20))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `00${third}${rest}`.slice(0, 40);
}

async function post(key: string, path: string, body?: URLSearchParams): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, { method: "POST", headers: { Authorization: `Bearer ${key}` }, body });
}

/** Plays a stream as a player does: the redirect, then a range of the file it points to. */
async function playRange(url: string, size: number) {
  const redirect = await fetch(url, { redirect: "manual", headers: { "CF-Connecting-IP": "203.0.113.9" } });
  const location = redirect.headers.get("Location") ?? "";
  const bytes = await fetch(location, { headers: { Range: "bytes=1024-2047" } });
  return {
    status: redirect.status,
    cacheControl: redirect.headers.get("Cache-Control"),
    sameOrigin: location.startsWith(`${baseUrl()}/sandbox/dl/`),
    bytesStatus: bytes.status,
    contentRange: bytes.headers.get("Content-Range"),
    length: (await bytes.arrayBuffer()).byteLength,
    expectedRange: `bytes 1024-2047/${size}`,
  };
}

describe("Stremio's add-on client", () => {
  let addon: AddonClient;

  beforeAll(async () => {
    const key = newSandboxKey();
    const magnets = new URLSearchParams();
    magnets.append("magnets[]", `magnet:?xt=urn:btih:${hash("a")}&dn=${FILM}&xl=900000000`);
    magnets.append("magnets[]", `magnet:?xt=urn:btih:${hash("0")}&dn=${PACK}&xl=3000000000`);
    expect((await post(key, "/v4.1/magnet/upload", magnets)).status).toBe(200);
    const link = (await (await post(key, "/api/stremio")).json()) as StremioLink;
    const detected = await detectFromURL(link.manifestUrl);
    if (!detected.addon) throw new Error("the client did not take the manifest for an add-on");
    addon = detected.addon;
  });

  it("lints the manifest without an error or a warning", () => {
    const lint = lintManifest(addon.manifest);
    expect({ errors: lint.errors.map(String), warnings: lint.warnings.map(String) }).toEqual({
      errors: [],
      warnings: [],
    });
    expect(addon.isSupported("stream", "movie", "tt1254207")).toBe(true);
    expect(addon.isSupported("meta", "other", "alldebrid-edge:1")).toBe(true);
  });

  it("walks a film from the catalog to its bytes", async () => {
    const { metas } = (await addon.get("catalog", "other", CATALOG, { search: "bunny" })) as CatalogAnswer;
    expect(metas.map((item) => item.name)).toEqual([FILM]);
    const { meta } = (await addon.get("meta", "other", metas[0]?.id ?? "")) as MetaAnswer;
    expect(meta.videos.map((video) => video.title)).toEqual([`${FILM}.mkv`]);
    const { streams } = (await addon.get("stream", "other", meta.videos[0]?.id ?? "")) as StreamsAnswer;
    const played = await playRange(streams[0]?.url ?? "", streams[0]?.behaviorHints?.videoSize ?? 0);
    expect(played).toMatchObject({
      status: 302,
      cacheControl: "no-store",
      sameOrigin: true,
      bytesStatus: 206,
      length: 1024,
    });
    expect(played.contentRange).toBe(played.expectedRange);
  });

  it("walks a season pack's third episode from the catalog to its bytes, and finds it on its episode page", async () => {
    const { metas } = (await addon.get("catalog", "other", CATALOG)) as CatalogAnswer;
    const pack = metas.find((item) => item.name === PACK);
    const { meta } = (await addon.get("meta", "other", pack?.id ?? "")) as MetaAnswer;
    expect(meta.videos.map((video) => video.episode)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const third = meta.videos[2];
    const { streams } = (await addon.get("stream", "other", third?.id ?? "")) as StreamsAnswer;
    expect(streams[0]?.behaviorHints?.filename).toBe("Pioneer.One.S01E03.720p.WEB.mkv");
    const played = await playRange(streams[0]?.url ?? "", streams[0]?.behaviorHints?.videoSize ?? 0);
    expect(played).toMatchObject({ status: 302, bytesStatus: 206, length: 1024 });
    expect(played.contentRange).toBe(played.expectedRange);
    const page = (await addon.get("stream", "series", "tt1748166:1:3")) as StreamsAnswer;
    expect(page.streams.map((stream) => stream.url)).toEqual([streams[0]?.url]);
    expect(page.streams[0]?.description).toContain("In your AllDebrid");
  });
});
