// The account's Stremio add-on, at /stremio/<token>/… (protocol v3; docs/stremio.md): the
// manifest, the catalog of its magnets, a magnet's videos, streams for its own ids and for IMDb
// ids, and the play route that unlocks a file for the player's address and answers 302 to it (the
// bytes never pass through here). CORS is open, as Stremio Web calls add-ons from the browser;
// answers are JSON, errors the AllDebrid envelope; nothing is cached on the way but posters.
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { z } from "zod";
import { AllDebridError } from "../../protocol/alldebrid";
import {
  CATALOG_ID,
  type CatalogAnswer,
  FILE_KEY,
  ITEM_TYPE,
  type MetaAnswer,
  parseStremioId,
  type StreamsAnswer,
} from "../../protocol/stremio";
import { callerOf } from "../access";
import type { AccountStub } from "../account";
import type { AddonAsk, AddonReply } from "../account/stremio";
import { badInput } from "../api/validation";
import type { Env } from "../env";
import { titleOf } from "./cinemeta";
import { manifestOf } from "./manifest";
import { posterSvg } from "./poster";
import { type AddonBase, catalogItem, metaOf, reasonStream, streamsOf } from "./render";
import { catalogExtra, rawTail, readResourcePath } from "./request";
import { accountOfToken } from "./tokens";
import { cannotAsk, MAGNET_GONE } from "./words";

interface Addon {
  account: AccountStub;
  tokenHash: string;
  base: AddonBase;
}

type AddonEnv = { Bindings: Env; Variables: { addon: Addon } };

const noStore = { "Cache-Control": "no-store" };

const posterQuery = z.object({
  name: z.string().min(1).max(400),
  state: z.string().regex(/^(ready|failed|queued|\d{1,3}%)$/),
});

/** The object's answer, or its error thrown as the envelope. */
async function ask(addon: Addon, question: AddonAsk): Promise<AddonReply> {
  const reply = await addon.account.stremioAddon(addon.tokenHash, question);
  if (reply.kind === "error") throw new AllDebridError(reply.code, reply.message, reply.status);
  return reply;
}

function expect<K extends AddonReply["kind"]>(reply: AddonReply, kind: K): Extract<AddonReply, { kind: K }> {
  if (reply.kind !== kind) throw new AllDebridError("INTERNAL");
  return reply as Extract<AddonReply, { kind: K }>;
}

async function catalog(addon: Addon, url: string): Promise<CatalogAnswer> {
  const { id, extra } = readResourcePath(rawTail(url));
  if (id !== CATALOG_ID) throw new AllDebridError("404", "This add-on has no such catalog", 404);
  const reply = expect(await ask(addon, { kind: "catalog", ...catalogExtra(extra) }), "catalog");
  return { metas: reply.magnets.map((magnet) => catalogItem(magnet, addon.base)) };
}

async function meta(addon: Addon, url: string): Promise<MetaAnswer> {
  const id = parseStremioId(readResourcePath(rawTail(url)).id);
  if (id?.kind !== "magnet") throw new AllDebridError("BAD_REQUEST", "Not an id of this add-on's magnets");
  const reply = expect(await ask(addon, { kind: "magnet", magnetId: id.magnetId }), "magnet");
  if (!reply.offer) throw new AllDebridError("MAGNET_INVALID_ID", "This magnet is no longer in your AllDebrid", 404);
  return { meta: metaOf(reply.offer, addon.base) };
}

async function streams(env: Env, addon: Addon, url: string): Promise<StreamsAnswer> {
  const id = parseStremioId(readResourcePath(rawTail(url)).id);
  if (!id) throw new AllDebridError("BAD_REQUEST", "Not a movie, episode or magnet id this add-on knows");
  const { base } = addon;
  try {
    if (id.kind === "magnet" || id.kind === "file") {
      const reply = expect(await ask(addon, { kind: "magnet", magnetId: id.magnetId }), "magnet");
      if (!reply.offer) return { streams: [reasonStream(MAGNET_GONE, base, null)] };
      const offer = reply.offer;
      const videos = id.kind === "file" ? offer.videos.filter((video) => video.key === id.fileKey) : offer.videos;
      if (offer.videos.length > 0 && videos.length === 0)
        return { streams: [reasonStream("This file is no longer in the magnet.", base, offer.magnet.id)] };
      return { streams: streamsOf([{ ...offer, videos }], base, reply.noServerAt) };
    }
    const episode = id.kind === "episode" ? { season: id.season, episode: id.episode } : null;
    const title = await titleOf(env, base.origin, episode ? "series" : "movie", id.imdb);
    // A title Cinemeta does not know is in nobody's library: no streams, nothing to explain.
    if (!title) return { streams: [] };
    const wanted = { title: title.name, year: title.year, episode };
    const reply = expect(await ask(addon, { kind: "match", wanted }), "match");
    return { streams: streamsOf(reply.offers, base, reply.noServerAt) };
  } catch (error) {
    // Whatever failed, the list says so: Stremio shows a stream's words, not an error's.
    if (!(error instanceof AllDebridError) || error.status === 404) throw error;
    return { streams: [reasonStream(cannotAsk(error.message), base, null)] };
  }
}

async function play(addon: Addon, request: Request, magnetText: string, fileKey: string): Promise<Response> {
  const magnetId = Number(magnetText);
  if (!/^\d{1,15}$/.test(magnetText) || magnetId <= 0 || !FILE_KEY.test(fileKey))
    throw new AllDebridError("BAD_REQUEST", "Not a file of this add-on's magnets");
  const address = request.headers.get("CF-Connecting-IP");
  const reply = expect(await ask(addon, { kind: "play", magnetId, fileKey, address }), "play");
  return new Response(null, { status: 302, headers: { Location: reply.link, ...noStore } });
}

export const stremio = new Hono<AddonEnv>()
  .use(cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], maxAge: 86_400 }))
  .get("/poster.svg", zValidator("query", posterQuery, badInput()), (c) => {
    const { name, state } = c.req.valid("query");
    return c.body(posterSvg(name, state), 200, {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    });
  })
  .use("/:token/*", async (c, next) => {
    const token = c.req.param("token");
    const { address, origin } = callerOf(c.req.raw);
    const { account, tokenHash } = await accountOfToken(c.env, token, address);
    c.set("addon", { account, tokenHash, base: { origin, addon: `${origin}/stremio/${token}` } });
    await next();
  })
  .get("/:token/manifest.json", (c) => c.json(manifestOf(new URL(c.req.url).origin), 200, noStore))
  .get(`/:token/catalog/${ITEM_TYPE}/*`, async (c) => c.json(await catalog(c.var.addon, c.req.url), 200, noStore))
  .get(`/:token/meta/${ITEM_TYPE}/*`, async (c) => c.json(await meta(c.var.addon, c.req.url), 200, noStore))
  .get("/:token/stream/:type/*", async (c) => c.json(await streams(c.env, c.var.addon, c.req.url), 200, noStore))
  .get("/:token/play/:magnetId/:fileKey/*", (c) =>
    play(c.var.addon, c.req.raw, c.req.param("magnetId"), c.req.param("fileKey")),
  )
  .all("*", () => {
    throw new AllDebridError("404", undefined, 404);
  });
