// When playing cannot work, the stream list says why and opens the app on the magnet: AllDebrid
// refusing the server (NO_SERVER, the sandbox's fault), a magnet not ready yet, files removed
// (status 11). Bad input answers 400; nothing answers 500 or carries the apikey.
import { describe, expect, it } from "vitest";
import type { CatalogAnswer, MetaAnswer, Stream, StreamsAnswer } from "../../protocol/stremio";
import { waitUntil } from "../wait-until";
import { setFaults } from "./sandbox-hooks";
import { addonBase, addonGet, addonJson, makeLink, newAddress, newKey, uploadNamed } from "./stremio-helpers";

async function streamsOf(base: string, id: string): Promise<Stream[]> {
  return (await addonJson<StreamsAnswer>(`${base}/stream/other/${id}.json`)).streams;
}

describe("why a magnet cannot play", () => {
  it("says AllDebrid refused the server: the play route answers 403 NO_SERVER, the next list leads to the app", async () => {
    const apikey = newKey();
    const [id] = await uploadNamed(apikey, [{ first: "000", name: "Sintel.2010.1080p.mkv" }]);
    const base = addonBase(await makeLink(apikey));
    const [playable] = await streamsOf(base, `alldebrid-edge:${id}`);
    await setFaults(apikey, [{ type: "noServer" }]);
    const refused = await addonGet(playable?.url ?? "", newAddress());
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("NO_SERVER");
    const after = await streamsOf(base, `alldebrid-edge:${id}`);
    expect(after[0]?.externalUrl).toBe(`http://edge.test/?magnet=${id}`);
    expect(after[0]?.description).toContain("refused to unlock files for this server (NO_SERVER");
    expect(after[1]?.description).toContain("May fail");
    expect(after[1]?.url).toBe(playable?.url);
    // Once an unlock works again, the warning goes.
    await setFaults(apikey, []);
    expect((await addonGet(playable?.url ?? "", newAddress())).status).toBe(302);
    expect((await streamsOf(base, `alldebrid-edge:${id}`)).map((stream) => stream.url)).toEqual([playable?.url]);
  });

  it("says a magnet is not ready yet, and the play route answers 409", async () => {
    const apikey = newKey();
    const [id] = await uploadNamed(apikey, [{ first: "e", name: "Tears.of.Steel.2012.mkv" }]);
    const base = addonBase(await makeLink(apikey));
    const streams = await streamsOf(base, `alldebrid-edge:${id}`);
    expect(streams).toHaveLength(1);
    expect(streams[0]?.description).toMatch(/^Not ready yet: AllDebrid is still downloading “Tears.of.Steel.2012.mkv”/);
    expect(streams[0]?.externalUrl).toBe(`http://edge.test/?magnet=${id}`);
    const { meta } = await addonJson<MetaAnswer>(`${base}/meta/other/alldebrid-edge:${id}.json`);
    expect(meta.videos).toEqual([]);
    const play = await addonGet(`${base}/play/${id}/0123456789abcdef/Tears.mkv`);
    expect(play.status).toBe(409);
    expect(((await play.json()) as { error: { code: string } }).error.code).toBe("MAGNET_PROCESSING");
  });

  it("says the files were removed (status 11), on the magnet and on its movie page", async () => {
    const apikey = newKey();
    const [id] = await uploadNamed(apikey, [{ first: "f6", name: "Big.Buck.Bunny.2008.mkv" }]);
    const base = addonBase(await makeLink(apikey));
    await waitUntil(async () => {
      const catalog = await addonJson<CatalogAnswer>(`${base}/catalog/other/alldebrid-edge.magnets.json`);
      return catalog.metas[0]?.description === "Its files were removed from AllDebrid";
    }, "the magnet to fail with status 11");
    const [own] = await streamsOf(base, `alldebrid-edge:${id}`);
    expect(own?.description).toContain("AllDebrid removed the files of “Big.Buck.Bunny.2008.mkv”");
    const { streams } = await addonJson<StreamsAnswer>(`${base}/stream/movie/tt1254207.json`);
    expect(streams.map((stream) => stream.externalUrl)).toEqual([`http://edge.test/?magnet=${id}`]);
    expect((await addonGet(`${base}/play/${id}/0123456789abcdef/x.mkv`)).status).toBe(410);
  });
});

describe("bad input", () => {
  it("answers malformed ids, extras and play paths with 400 or 404 envelopes, never 500", async () => {
    const apikey = newKey();
    const [id] = await uploadNamed(apikey, [{ first: "000", name: "Sintel.2010.mkv" }]);
    const base = addonBase(await makeLink(apikey));
    const cases: Array<[string, number]> = [
      ["/stream/movie/nm0000001.json", 400],
      ["/stream/other/alldebrid-edge:abc.json", 400],
      ["/stream/series/tt1748166:x:1.json", 400],
      ["/meta/other/tt0063350.json", 400],
      ["/catalog/other/alldebrid-edge.magnets/skip=-5.json", 400],
      [`/catalog/other/alldebrid-edge.magnets/search=${"a".repeat(201)}.json`, 400],
      ["/meta/other/alldebrid-edge%3Azz%ZZ.json", 400],
      ["/catalog/other/someone-else.json", 404],
      [`/play/${id}/not-a-key/x.mkv`, 400],
      [`/play/${id}/0123456789abcdef/x.mkv`, 404],
      ["/play/0/0123456789abcdef/x.mkv", 400],
      ["/stream/other", 404],
      ["/nothing.json", 404],
    ];
    for (const [path, status] of cases) {
      const answer = await addonGet(`${base}${path}`);
      const body = (await answer.json()) as { status: string };
      expect([path, answer.status, body.status]).toEqual([path, status, "error"]);
    }
  });

  it("carries no apikey in any URL or answer of the add-on", async () => {
    const apikey = newKey();
    const [id] = await uploadNamed(apikey, [{ first: "000", name: "Night.of.the.Living.Dead.1968.mkv" }]);
    const link = await makeLink(apikey);
    const base = addonBase(link);
    const answers = [JSON.stringify(link)];
    for (const path of [
      "/manifest.json",
      "/catalog/other/alldebrid-edge.magnets.json",
      `/meta/other/alldebrid-edge:${id}.json`,
      `/stream/other/alldebrid-edge:${id}.json`,
      "/stream/movie/tt0063350.json",
    ])
      answers.push(await (await addonGet(`${base}${path}`)).text());
    const { streams } = JSON.parse(answers.at(-1) ?? "{}") as StreamsAnswer;
    const play = await addonGet(streams[0]?.url ?? "", newAddress());
    answers.push(play.headers.get("Location") ?? "", JSON.stringify([...play.headers]));
    const secret = apikey.slice("sandbox".length);
    for (const answer of answers) expect(answer).not.toContain(secret);
  });
});
