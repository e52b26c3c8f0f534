// The account's add-on link: made once and shown again, revoked for good, one account never
// reaching another's magnets, and tokens that are unknown, malformed or guessed costing nothing
// upstream and answering the 404 envelope (429 once an address guesses too much).
import { runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { CatalogAnswer, MetaAnswer, StreamsAnswer, StremioLink } from "../../protocol/stremio";
import { addonTokenHash } from "../../worker/account/stremio";
import { keyedHash } from "../../worker/security/key-hash";
import { sandboxStats } from "./sandbox-hooks";
import { addonBase, addonGet, addonJson, linkCall, makeLink, newAddress, newKey, uploadNamed } from "./stremio-helpers";

const NOT_FOUND = {
  status: "error",
  error: { code: "404", message: "This add-on link does not exist, or was revoked" },
};

function tokenOf(link: StremioLink): string {
  return link.manifestUrl.split("/").at(-2) ?? "";
}

describe("the add-on link", () => {
  it("is made once: the same link again on POST and on GET, with a 128-bit token and no apikey", async () => {
    const apikey = newKey();
    expect((await linkCall(apikey, "GET")).status).toBe(404);
    const link = await makeLink(apikey);
    const token = tokenOf(link);
    expect(link.manifestUrl).toBe(`http://edge.test/stremio/${token}/manifest.json`);
    expect(link.installUrl).toBe(`stremio://edge.test/stremio/${token}/manifest.json`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify(link)).not.toContain(apikey.slice("sandbox".length));
    expect(await makeLink(apikey)).toEqual(link);
    const shown = await linkCall(apikey, "GET");
    expect(shown.headers.get("Cache-Control")).toBe("no-store");
    expect(await shown.json()).toEqual(link);
  });

  it("is revoked: every URL under the token answers 404, and the next POST makes a new link", async () => {
    const apikey = newKey();
    const [id] = await uploadNamed(apikey, [{ first: "0", name: "Big.Buck.Bunny.2008.1080p.mkv" }]);
    const link = await makeLink(apikey);
    const base = addonBase(link);
    expect((await addonGet(link.manifestUrl)).status).toBe(200);
    const revoked = await linkCall(apikey, "DELETE");
    expect(await revoked.json()).toEqual({ revoked: true });
    for (const path of [
      "/manifest.json",
      "/catalog/other/alldebrid-edge.magnets.json",
      `/meta/other/alldebrid-edge:${id}.json`,
    ]) {
      const answer = await addonGet(`${base}${path}`);
      expect(answer.status).toBe(404);
      expect(answer.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(await answer.json()).toEqual(NOT_FOUND);
    }
    expect((await linkCall(apikey, "GET")).status).toBe(404);
    expect(await (await linkCall(apikey, "DELETE")).json()).toEqual({ revoked: false });
    const next = await makeLink(apikey);
    expect(next.manifestUrl).not.toBe(link.manifestUrl);
    expect((await addonGet(next.manifestUrl)).status).toBe(200);
  });

  it("answers 404 for a revoked token even while KV still points at the account", async () => {
    const apikey = newKey();
    const link = await makeLink(apikey);
    await linkCall(apikey, "DELETE");
    // A stale KV read: the token's entry back as it was before the revocation.
    const tokenHash = await addonTokenHash(env, tokenOf(link));
    await env.HOSTS_CACHE.put(`stremio:v1:${tokenHash}`, await keyedHash(env, apikey));
    const answer = await addonGet(
      link.manifestUrl.replace("manifest.json", "catalog/other/alldebrid-edge.magnets.json"),
    );
    expect(answer.status).toBe(404);
  });

  it("never shows one account's magnets to another's add-on", async () => {
    const alice = newKey();
    const bob = newKey();
    const [aliceMagnet] = await uploadNamed(alice, [{ first: "0", name: "Sintel.2010.1080p.mkv" }]);
    await uploadNamed(bob, [{ first: "0", name: "Night.of.the.Living.Dead.1968.mkv" }]);
    const bobBase = addonBase(await makeLink(bob));
    await makeLink(alice);
    const catalog = await addonJson<CatalogAnswer>(`${bobBase}/catalog/other/alldebrid-edge.magnets.json`);
    expect(catalog.metas.map((meta) => meta.name)).toEqual(["Night.of.the.Living.Dead.1968.mkv"]);
    expect((await addonGet(`${bobBase}/meta/other/alldebrid-edge:${aliceMagnet}.json`)).status).toBe(404);
    const streams = await addonJson<StreamsAnswer>(`${bobBase}/stream/other/alldebrid-edge:${aliceMagnet}.json`);
    expect(streams.streams.every((stream) => stream.url === undefined)).toBe(true);
    expect(streams.streams[0]?.description).toContain("no longer in your AllDebrid");
    const sintel = await addonJson<StreamsAnswer>(`${bobBase}/stream/movie/tt1727587.json`);
    expect(sintel.streams).toEqual([]);
  });

  it("answers unknown and malformed tokens with the 404 envelope, no upstream call, and 429 when an address guesses on", async () => {
    const apikey = newKey();
    await makeLink(apikey);
    const before = await sandboxStats(apikey);
    const address = newAddress();
    for (const token of ["AAAAAAAAAAAAAAAAAAAAAA", "short", "has%20space%20in%20it%20xxxxxxxx"]) {
      const answer = await addonGet(`http://edge.test/stremio/${token}/manifest.json`, address);
      expect(answer.status).toBe(404);
      expect(await answer.json()).toEqual(NOT_FOUND);
    }
    let limited: Response | null = null;
    for (let n = 0; n < 200 && !limited; n++) {
      const answer = await addonGet(`http://edge.test/stremio/guess${n}xxxxxxxxxxxxxxxxx/manifest.json`, address);
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(404);
    }
    if (!limited) throw new Error("200 unknown tokens from one address were never rate limited");
    expect(limited.headers.get("Retry-After")).toBe("60");
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    // Another address is not held back.
    expect((await addonGet("http://edge.test/stremio/AAAAAAAAAAAAAAAAAAAAAA/manifest.json", newAddress())).status).toBe(
      404,
    );
    expect(await sandboxStats(apikey)).toEqual(before);
  });

  it("follows the deployment's access rules: a key AllDebrid refuses gets no link", async () => {
    const answer = await linkCall(newKey("sandboxbanned"), "POST");
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("AUTH_USER_BANNED");
    const missing = await exports.default.fetch("http://edge.test/api/stremio", { method: "POST" });
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("AUTH_MISSING_APIKEY");
  });

  it("keeps the token only sealed in the account object, and its meta answers carry no apikey", async () => {
    const apikey = newKey();
    const [id] = await uploadNamed(apikey, [{ first: "0", name: "Big.Buck.Bunny.2008.1080p.mkv" }]);
    const link = await makeLink(apikey);
    const meta = await addonJson<MetaAnswer>(`${addonBase(link)}/meta/other/alldebrid-edge:${id}.json`);
    expect(JSON.stringify(meta)).not.toContain(apikey.slice("sandbox".length));
    const stub = env.ACCOUNT.get(env.ACCOUNT.idFromName(await keyedHash(env, apikey)));
    const stored = await runInDurableObject(stub, (_instance, state) =>
      JSON.stringify(state.storage.sql.exec("SELECT * FROM stremio_link").toArray()),
    );
    expect(stored).toContain("sealed_token");
    expect(stored).not.toContain(tokenOf(link));
  });
});
