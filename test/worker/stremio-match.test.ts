// Movie and episode pages: the add-on asks Cinemeta (the sandbox's stand-in) for the title behind
// an IMDb id, keeps its answer in KV, and offers the library's matching files as "In your
// AllDebrid" streams; release names are read with a release-name parser.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Magnet } from "../../protocol/alldebrid";
import type { StreamsAnswer } from "../../protocol/stremio";
import { matchingMagnets, readRelease } from "../../worker/account/stremio/match";
import { addonBase, addonJson, makeLink, newKey, uploadNamed } from "./stremio-helpers";

/** Whether a magnet of this name is among those the add-on offers for `wanted`. */
const nameMatches = (filename: string, wanted: Parameters<typeof matchingMagnets>[1]) =>
  matchingMagnets([{ id: 1, filename } as Magnet], wanted).length === 1;

describe("release names", () => {
  it("reads titles, years, seasons and episodes, never a year as a season", () => {
    expect(readRelease("Night.of.the.Living.Dead.1968.mkv")).toEqual({
      title: "Night of the Living Dead",
      year: 1968,
      seasons: [],
      episodes: [],
    });
    expect(readRelease("Pioneer.One.S01.720p.WEB")).toMatchObject({ title: "Pioneer One", seasons: [1], episodes: [] });
    expect(readRelease("Pioneer One - 1x03 - The Man.mkv")).toMatchObject({ seasons: [1], episodes: [3] });
  });

  it("matches a film by title and year (one year off at most), an episode by its season and number", () => {
    const film = { title: "Night of the Living Dead", year: 1968, episode: null };
    expect(nameMatches("Night.Of.The.Living.Dead.1968.1080p.BluRay.x264", film)).toBe(true);
    expect(nameMatches("Night of the Living Dead (1969)", film)).toBe(true);
    expect(nameMatches("Night.of.the.Living.Dead.1990.1080p", film)).toBe(false);
    expect(nameMatches("Dawn.of.the.Dead.1978.mkv", film)).toBe(false);
    const episode = { title: "Pioneer One", year: 2010, episode: { season: 1, episode: 3 } };
    expect(nameMatches("Pioneer.One.S01.720p", episode)).toBe(true);
    expect(nameMatches("Pioneer.One.S01E03.720p.mkv", episode)).toBe(true);
    expect(nameMatches("Pioneer.One.S01E04.720p.mkv", episode)).toBe(false);
    expect(nameMatches("Pioneer.One.S02.720p", episode)).toBe(false);
  });
});

describe("movie and episode pages", () => {
  it("offers a film of the library on its IMDb page, and keeps Cinemeta's answer in KV", async () => {
    const apikey = newKey();
    const [id] = await uploadNamed(apikey, [
      { first: "000", name: "Night.of.the.Living.Dead.1968.1080p.BluRay.mkv" },
      { first: "000", name: "Big.Buck.Bunny.2008.1080p.mkv" },
    ]);
    const base = addonBase(await makeLink(apikey));
    const { streams } = await addonJson<StreamsAnswer>(`${base}/stream/movie/tt0063350.json`);
    expect(streams).toHaveLength(1);
    expect(streams[0]?.description).toContain("In your AllDebrid");
    expect(streams[0]?.url).toContain(`/play/${id}/`);
    expect(await env.HOSTS_CACHE.get("cinemeta:v1:movie:tt0063350", "json")).toEqual({
      title: { name: "Night of the Living Dead", year: 1968 },
    });
  });

  it("finds an episode in a season pack and in a single-episode release", async () => {
    const apikey = newKey();
    const [pack, single] = await uploadNamed(apikey, [
      { first: "000", name: "Pioneer.One.S01.720p.WEB", size: 3_000_000_000 },
      { first: "000", name: "Pioneer.One.S01E03.1080p.mkv" },
    ]);
    const base = addonBase(await makeLink(apikey));
    const { streams } = await addonJson<StreamsAnswer>(`${base}/stream/series/tt1748166:1:3.json`);
    expect(streams.map((stream) => stream.behaviorHints?.filename)).toEqual([
      "Pioneer.One.S01E03.1080p.mkv",
      "Pioneer.One.S01E03.720p.WEB.mkv",
    ]);
    expect(streams.map((stream) => stream.url?.split("/")[6])).toEqual([String(single), String(pack)]);
    const none = await addonJson<StreamsAnswer>(`${base}/stream/series/tt1748166:2:1.json`);
    expect(none.streams).toEqual([]);
  });

  it("offers nothing for a title Cinemeta does not know, or that the library does not hold", async () => {
    const apikey = newKey();
    await uploadNamed(apikey, [{ first: "000", name: "Sintel.2010.mkv" }]);
    const base = addonBase(await makeLink(apikey));
    expect((await addonJson<StreamsAnswer>(`${base}/stream/movie/tt0000001.json`)).streams).toEqual([]);
    expect((await addonJson<StreamsAnswer>(`${base}/stream/movie/tt1254207.json`)).streams).toEqual([]);
    expect((await addonJson<StreamsAnswer>(`${base}/stream/movie/tt1727587.json`)).streams).toHaveLength(1);
  });
});
