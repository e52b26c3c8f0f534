// The add-on as Stremio walks it: the catalog (ready first, newest first, search and pages, at
// most one status call), a film's and a season pack's videos, their streams, and the play route
// that unlocks once per file and player address and redirects to bytes served by the sandbox.
import { describe, expect, it } from "vitest";
import type { CatalogAnswer, Manifest, MetaAnswer, StreamsAnswer } from "../../protocol/stremio";
import { waitUntil } from "../wait-until";
import { sandboxStats } from "./sandbox-hooks";
import { addonBase, addonGet, addonJson, makeLink, newAddress, newKey, uploadNamed } from "./stremio-helpers";

const CATALOG = "/catalog/other/alldebrid-edge.magnets";

async function accountWith(magnets: Parameters<typeof uploadNamed>[1]) {
  const apikey = newKey();
  const ids = await uploadNamed(apikey, magnets);
  const base = addonBase(await makeLink(apikey));
  return { apikey, ids, base };
}

describe("the add-on's catalog", () => {
  it("lists ready magnets first, newest first, with posters, and searches and pages them", async () => {
    const { base } = await accountWith([
      { first: "0", name: "Night.of.the.Living.Dead.1968.mkv" },
      { first: "e", name: "Tears.of.Steel.2012.1080p.mkv" },
      { first: "0", name: "Sintel.2010.1080p.mkv" },
    ]);
    const manifest = await addonJson<Manifest>(`${base}/manifest.json`);
    expect(manifest.catalogs[0]).toMatchObject({ type: "other", id: "alldebrid-edge.magnets" });
    const catalog = await addonJson<CatalogAnswer>(`${base}${CATALOG}.json`);
    expect(catalog.metas.map((meta) => meta.name)).toEqual([
      "Sintel.2010.1080p.mkv",
      "Night.of.the.Living.Dead.1968.mkv",
      "Tears.of.Steel.2012.1080p.mkv",
    ]);
    expect(catalog.metas[2]?.description).toContain("Not ready yet");
    const poster = await addonGet(catalog.metas[0]?.poster ?? "");
    expect(poster.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    expect(poster.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const svg = await poster.text();
    expect(svg).toContain(">Sintel</tspan>");
    expect(svg).toContain(">READY<");
    const searched = await addonJson<CatalogAnswer>(`${base}${CATALOG}/search=living%20dead.json`);
    expect(searched.metas.map((meta) => meta.name)).toEqual(["Night.of.the.Living.Dead.1968.mkv"]);
    const second = await addonJson<CatalogAnswer>(`${base}${CATALOG}/skip=2.json`);
    expect(second.metas.map((meta) => meta.name)).toEqual(["Tears.of.Steel.2012.1080p.mkv"]);
  });

  it("makes at most one status call per catalog request, and none while what it holds is fresh", async () => {
    const { apikey, base } = await accountWith([{ first: "0", name: "Sintel.2010.1080p.mkv" }]);
    const calls = async () => (await sandboxStats(apikey)).calls["/v4.1/magnet/status"] ?? 0;
    await waitUntil(async () => (await calls()) > 0, "the first status call");
    const before = await calls();
    await Promise.all([1, 2, 3].map(() => addonJson<CatalogAnswer>(`${base}${CATALOG}.json`)));
    // Three requests at once: at most one poll (LIVE_POLL_ACTIVE_MS is 100 ms in the tests).
    expect((await calls()) - before).toBeLessThanOrEqual(1);
  });
});

describe("a film and a season pack", () => {
  it("offers a film's main file only, opening straight on its streams", async () => {
    // A third hash character of 8-f: the film comes with subtitles, a sample and a README.
    const { ids, base } = await accountWith([{ first: "0a8", name: "Sintel.2010.1080p" }]);
    const { meta } = await addonJson<MetaAnswer>(`${base}/meta/other/alldebrid-edge:${ids[0]}.json`);
    expect(meta.videos.map((video) => video.title)).toEqual(["Sintel.2010.1080p.mkv"]);
    expect(meta.behaviorHints?.defaultVideoId).toBe(meta.videos[0]?.id);
    const { streams } = await addonJson<StreamsAnswer>(`${base}/stream/other/${meta.videos[0]?.id}.json`);
    expect(streams).toHaveLength(1);
    expect(streams[0]).toMatchObject({
      name: "Debrid\n1080p",
      behaviorHints: { notWebReady: true, filename: "Sintel.2010.1080p.mkv", bingeGroup: `alldebrid-edge-${ids[0]}` },
    });
    expect(streams[0]?.description).toContain("In your AllDebrid");
    expect(streams[0]?.url).toMatch(new RegExp(`^${base}/play/${ids[0]}/[0-9a-f]{16}/Sintel.2010.1080p.mkv$`));
  });

  it("lists a season pack's episodes in order, without the sample and the .nfo", async () => {
    const { ids, base } = await accountWith([{ first: "0", name: "Pioneer.One.S01.720p.WEB", size: 3_000_000_000 }]);
    const { meta } = await addonJson<MetaAnswer>(`${base}/meta/other/alldebrid-edge:${ids[0]}.json`);
    expect(meta.videos.map((video) => [video.season, video.episode])).toEqual(
      Array.from({ length: 10 }, (_, i) => [1, i + 1]),
    );
    expect(meta.videos[2]?.title).toBe("S01E03 · Pioneer.One.S01E03.720p.WEB.mkv");
    expect(meta.videos.some((video) => /sample|nfo/i.test(video.title))).toBe(false);
    expect(meta.behaviorHints).toBeUndefined();
  });
});

describe("playing", () => {
  it("unlocks once per file and address, sends the player's address as ip, and redirects to bytes with ranges", async () => {
    const { apikey, ids, base } = await accountWith([
      { first: "000", name: "Big.Buck.Bunny.2008.1080p.mkv", size: 60_000_000 },
    ]);
    const { streams } = await addonJson<StreamsAnswer>(`${base}/stream/other/alldebrid-edge:${ids[0]}.json`);
    const url = streams[0]?.url ?? "";
    const player = newAddress();
    const first = await addonGet(url, player);
    expect(first.status).toBe(302);
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    const location = first.headers.get("Location") ?? "";
    expect(location).toMatch(/^http:\/\/edge\.test\/sandbox\/dl\//);
    // Seeking, a HEAD, a reopen: the same link, no new unlock.
    for (const init of [{}, { method: "HEAD" }, { headers: { Range: "bytes=100-" } }]) {
      const again = await addonGet(url, player, init);
      expect(again.status).toBe(302);
      expect(again.headers.get("Location")).toBe(location);
    }
    const stats = await sandboxStats(apikey);
    expect(stats.calls["/v4.1/link/unlock"]).toBe(1);
    expect(stats.addresses?.["/v4.1/link/unlock"]).toBe(player);
    // Another player's address gets its own unlock.
    expect((await addonGet(url, newAddress())).status).toBe(302);
    expect((await sandboxStats(apikey)).calls["/v4.1/link/unlock"]).toBe(2);
    const bytes = await addonGet(location, undefined, { headers: { Range: "bytes=1000-1099" } });
    expect(bytes.status).toBe(206);
    expect(bytes.headers.get("Content-Range")).toBe("bytes 1000-1099/60000000");
    expect((await bytes.arrayBuffer()).byteLength).toBe(100);
  });

  it("answers parallel plays of one file with one unlock", async () => {
    const { apikey, ids, base } = await accountWith([{ first: "0", name: "Sintel.2010.mkv" }]);
    const { streams } = await addonJson<StreamsAnswer>(`${base}/stream/other/alldebrid-edge:${ids[0]}.json`);
    const player = newAddress();
    const answers = await Promise.all([1, 2, 3, 4].map(() => addonGet(streams[0]?.url ?? "", player)));
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302, 302]);
    expect(new Set(answers.map((answer) => answer.headers.get("Location"))).size).toBe(1);
    expect((await sandboxStats(apikey)).calls["/v4.1/link/unlock"]).toBe(1);
  });
});
