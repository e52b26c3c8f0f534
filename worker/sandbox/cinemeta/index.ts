// A stand-in for Stremio's public metadata add-on (Cinemeta), so the add-on's movie and episode
// pages work offline: GET /sandbox/cinemeta/meta/{movie|series}/{IMDb id}.json answers like
// v3-cinemeta.strem.io for a few free films and one free series, and `{ "meta": null }` (404)
// for any other id. The Worker reaches it in process when the sandbox is its upstream.
import { Hono } from "hono";
import type { AppEnv } from "../../env";

interface StandInTitle {
  type: "movie" | "series";
  name: string;
  year: string;
  /** A series' episodes per season. */
  seasons?: number[];
}

/** Free films (public domain or Creative Commons) and one Creative Commons series, by IMDb id. */
const TITLES: Record<string, StandInTitle> = {
  tt0063350: { type: "movie", name: "Night of the Living Dead", year: "1968" },
  tt1254207: { type: "movie", name: "Big Buck Bunny", year: "2008" },
  tt1727587: { type: "movie", name: "Sintel", year: "2010" },
  tt1748166: { type: "series", name: "Pioneer One", year: "2010", seasons: [6] },
};

const PATH = /\/meta\/(movie|series)\/(tt\d{1,10})\.json$/;

/** The answer Cinemeta gives for a meta URL. */
export function cinemetaAnswer(url: string): Response {
  const match = PATH.exec(new URL(url).pathname);
  const title = match?.[2] ? TITLES[match[2]] : undefined;
  if (!match || !title || title.type !== match[1]) return Response.json({ meta: null }, { status: 404 });
  const id = match[2] as string;
  const meta = {
    id,
    imdb_id: id,
    type: title.type,
    name: title.name,
    year: title.type === "series" ? `${title.year}–` : title.year,
    releaseInfo: title.year,
    videos: (title.seasons ?? []).flatMap((episodes, index) =>
      Array.from({ length: episodes }, (_, e) => ({
        id: `${id}:${index + 1}:${e + 1}`,
        name: `Episode ${e + 1}`,
        season: index + 1,
        episode: e + 1,
        released: `${title.year}-06-${String(10 + e).padStart(2, "0")}T00:00:00.000Z`,
      })),
    ),
  };
  return Response.json({ meta });
}

/** True for a URL the stand-in answers (under any origin's /sandbox/cinemeta/). */
export function isCinemetaStandIn(url: string): boolean {
  return new URL(url).pathname.startsWith("/sandbox/cinemeta/");
}

export const cinemeta = new Hono<AppEnv>().get("/cinemeta/meta/:type/:file", (c) => cinemetaAnswer(c.req.url));
