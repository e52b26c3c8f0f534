// The Stremio add-on an account installs (docs/stremio.md), written once: the app's /api/stremio
// answers, the add-on protocol v3 shapes the Worker sends, and the ids it hands out and reads
// back (its own magnet and file ids, IMDb ids of movie and episode pages).

/** POST and GET /api/stremio: the account's personal add-on. */
export interface StremioLink {
  /** https://<origin>/stremio/<token>/manifest.json: what a TV user types or scans. */
  manifestUrl: string;
  /** stremio://<host>/stremio/<token>/manifest.json: opens Stremio's install dialog. */
  installUrl: string;
}

/** DELETE /api/stremio: whether there was a link to revoke. */
export interface StremioRevoked {
  revoked: boolean;
}

interface ManifestCatalog {
  type: string;
  id: string;
  name: string;
  extra?: Array<{ name: "search" | "skip" | "genre"; isRequired?: boolean; options?: string[] }>;
}

export interface Manifest {
  id: string;
  version: string;
  name: string;
  description: string;
  logo?: string;
  resources: Array<string | { name: string; types: string[]; idPrefixes?: string[] }>;
  types: string[];
  idPrefixes?: string[];
  catalogs: ManifestCatalog[];
  behaviorHints?: { configurable?: boolean; adult?: boolean; p2p?: boolean };
}

/** One item of a catalog (a meta preview). */
export interface CatalogItem {
  id: string;
  type: string;
  name: string;
  poster: string;
  posterShape?: "square" | "poster" | "landscape";
  description?: string;
  releaseInfo?: string;
}

export interface Video {
  id: string;
  title: string;
  /** ISO 8601; Stremio requires it. */
  released: string;
  season?: number;
  episode?: number;
  overview?: string;
  available?: boolean;
}

export interface Meta extends CatalogItem {
  background?: string;
  videos: Video[];
  behaviorHints?: { defaultVideoId?: string };
}

export interface Stream {
  /** The left column: who offers it, and its quality. */
  name: string;
  /** What a person reads about it (Stremio 4.4 and later). */
  description: string;
  /** The same text for older Stremio apps, which show `title`. */
  title: string;
  url?: string;
  externalUrl?: string;
  behaviorHints?: {
    notWebReady?: boolean;
    bingeGroup?: string;
    filename?: string;
    videoSize?: number;
  };
}

export interface CatalogAnswer {
  metas: CatalogItem[];
}

export interface MetaAnswer {
  meta: Meta;
}

export interface StreamsAnswer {
  streams: Stream[];
}

/** The prefix of every id this add-on makes: Stremio asks it for meta and streams of these. */
export const ID_PREFIX = "alldebrid-edge:";
/** The one catalog: the account's magnets. */
export const CATALOG_ID = "alldebrid-edge.magnets";
/** Debrid library add-ons list their items as "other" (neither a movie nor a series). */
export const ITEM_TYPE = "other";
/** Stremio asks for catalog pages of this many items. */
export const PAGE_SIZE = 100;

/** What an id of a stream or meta request names. */
export type StremioId =
  | { kind: "magnet"; magnetId: number }
  | { kind: "file"; magnetId: number; fileKey: string }
  | { kind: "movie"; imdb: string }
  | { kind: "episode"; imdb: string; season: number; episode: number };

/** A file's key: a hash of its path in the magnet, stable whatever order /magnet/files lists them in. */
export const FILE_KEY = /^[0-9a-f]{16}$/;

export function magnetItemId(magnetId: number): string {
  return `${ID_PREFIX}${magnetId}`;
}

export function fileVideoId(magnetId: number, fileKey: string): string {
  return `${ID_PREFIX}${magnetId}:${fileKey}`;
}

const OWN_ID = /^(\d{1,15})(?::([0-9a-f]{16}))?$/;
const IMDB_ID = /^(tt\d{1,10})(?::(\d{1,4}):(\d{1,5}))?$/;

/** The id as this add-on understands it; null for anything else (a malformed or foreign id). */
export function parseStremioId(id: string): StremioId | null {
  if (id.startsWith(ID_PREFIX)) {
    const match = OWN_ID.exec(id.slice(ID_PREFIX.length));
    const magnetId = Number(match?.[1]);
    if (!match || !Number.isSafeInteger(magnetId) || magnetId <= 0) return null;
    return match[2] ? { kind: "file", magnetId, fileKey: match[2] } : { kind: "magnet", magnetId };
  }
  const imdb = IMDB_ID.exec(id);
  if (!imdb?.[1]) return null;
  if (imdb[2] === undefined) return { kind: "movie", imdb: imdb[1] };
  return { kind: "episode", imdb: imdb[1], season: Number(imdb[2]), episode: Number(imdb[3]) };
}
