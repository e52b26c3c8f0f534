// The object's answers as Stremio add-on JSON: catalog items with their posters, a magnet's meta
// with its videos, and streams (a play URL on this deployment for each video, or a stream that
// says why it cannot play and opens the app on the magnet instead). No apikey, no AllDebrid link.
import {
  type CatalogItem,
  fileVideoId,
  ITEM_TYPE,
  type Meta,
  magnetItemId,
  type Stream,
  type Video,
} from "../../protocol/stremio";
import type { MagnetSummary, Offer, OfferedVideo } from "../account/stremio/asks";
import { posterUrl } from "./poster";
import { MAY_FAIL, noServerWarning, sizeText, stateLine, whyNotPlayable } from "./words";

/** Where the add-on lives: this deployment's origin, and the account's add-on base (with its token). */
export interface AddonBase {
  origin: string;
  /** https://<origin>/stremio/<token> */
  addon: string;
}

const ADDON_NAME = "Debrid";

export function catalogItem(magnet: MagnetSummary, base: AddonBase): CatalogItem {
  return {
    id: magnetItemId(magnet.id),
    type: ITEM_TYPE,
    name: magnet.name,
    poster: posterUrl(base.origin, magnet),
    posterShape: "poster",
    description: stateLine(magnet),
    releaseInfo: String(new Date(magnet.uploadDate * 1000).getUTCFullYear()),
  };
}

function released(magnet: MagnetSummary): string {
  return new Date((magnet.completionDate || magnet.uploadDate) * 1000).toISOString();
}

function videoTitle(video: OfferedVideo): string {
  if (video.role !== "episode" || video.episode === null) return video.name;
  const pad = (n: number) => String(n).padStart(2, "0");
  const season = video.season === null ? "" : `S${pad(video.season)}`;
  return `${season}E${pad(video.episode)} · ${video.name}`;
}

export function metaOf(offer: Offer, base: AddonBase): Meta {
  const { magnet } = offer;
  const videos: Video[] = offer.videos.map((video) => ({
    id: fileVideoId(magnet.id, video.key),
    title: videoTitle(video),
    released: released(magnet),
    ...(video.role === "episode" && video.episode !== null
      ? { episode: video.episode, season: video.season ?? 1 }
      : {}),
    overview: sizeText(video.size),
    available: true,
  }));
  const only = videos.length === 1 ? videos[0] : undefined;
  return {
    ...catalogItem(magnet, base),
    description: whyNotPlayable(offer) ?? stateLine(magnet),
    background: posterUrl(base.origin, magnet),
    videos,
    // A film opens straight on its streams.
    ...(only ? { behaviorHints: { defaultVideoId: only.id } } : {}),
  };
}

/** Quality as release names say it, for the stream's left column. */
function quality(name: string): string {
  const match = /\b(2160p|4k|1080p|720p|576p|480p)\b/i.exec(name.replace(/[._]/g, " "));
  return match?.[1] ? match[1].toLowerCase().replace("4k", "2160p") : "";
}

function playStream(magnet: MagnetSummary, video: OfferedVideo, base: AddonBase, warning: boolean): Stream {
  const text = [warning ? MAY_FAIL : null, video.name, `${sizeText(video.size)} · In your AllDebrid`]
    .filter(Boolean)
    .join("\n");
  return {
    name: [ADDON_NAME, quality(video.name)].filter(Boolean).join("\n"),
    description: text,
    title: text,
    url: `${base.addon}/play/${magnet.id}/${video.key}/${encodeURIComponent(video.name)}`,
    behaviorHints: {
      notWebReady: !/\.mp4$/i.test(video.name),
      bingeGroup: `alldebrid-edge-${magnet.id}`,
      filename: video.name,
      videoSize: video.size,
    },
  };
}

/** A stream that plays nothing: it says why, and opens the app on the magnet (or the app). */
export function reasonStream(text: string, base: AddonBase, magnetId: number | null): Stream {
  return {
    name: `${ADDON_NAME}\nOpen app`,
    description: text,
    title: text,
    externalUrl: magnetId === null ? `${base.origin}/` : `${base.origin}/?magnet=${magnetId}`,
  };
}

/**
 * The streams of offers: each video's play URL; a reason for each magnet that cannot play now;
 * after a NO_SERVER refusal, a way to the app first and the play URLs marked as likely to fail.
 */
export function streamsOf(offers: Offer[], base: AddonBase, noServerAt: number | null): Stream[] {
  const streams: Stream[] = [];
  for (const offer of offers) {
    const reason = whyNotPlayable(offer);
    if (reason) {
      streams.push(reasonStream(reason, base, offer.magnet.id));
      continue;
    }
    if (noServerAt !== null)
      streams.push(reasonStream(noServerWarning(noServerAt, offer.magnet.name), base, offer.magnet.id));
    for (const video of offer.videos) streams.push(playStream(offer.magnet, video, base, noServerAt !== null));
  }
  return streams;
}
