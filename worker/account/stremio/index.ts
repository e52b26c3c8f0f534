// The account's Stremio add-on (docs/stremio.md), as its object keeps it: one link per account
// (a random token, kept sealed so the app can show it again, and checked here by its keyed hash
// on every request, so a revoked token answers 404 even when a stale KV read still points here),
// the catalog and videos from the live state, and unlocks for players, each kept three hours per
// file and player address. Upstream calls use the object's sealed key, in the budget's bulk lane.
import {
  AllDebridError,
  type DataOf,
  type Magnet,
  type MagnetFilesData,
  magnetGroup,
  type ParamsOf,
} from "../../../protocol/alldebrid";
import { PAGE_SIZE } from "../../../protocol/stremio";
import type { Env } from "../../env";
import { keyedHash } from "../../security/key-hash";
import { callUpstream, type UpstreamBudget } from "../../upstream";
import type { Credentials } from "../credentials";
import { randomToken, seal, unseal } from "../sealed";
import type { AddonAsk, AddonReply, MagnetSummary, Offer, Wanted } from "./asks";
import { comparableTitle, matchingMagnets, wantedVideos } from "./match";
import { playProblem, unlockProblem } from "./play-problems";
import { AddonStore } from "./store";
import { offered, type StoredVideo, videosOf } from "./videos";

export type { AddonAsk, AddonReply } from "./asks";

/** What AllDebrid said of a magnet whose files it did not list. */
type Problem = { code: string; message: string };

/** How long an unlocked link is handed out again to the same player for the same file. */
const UNLOCK_KEEP_MS = 3 * 60 * 60 * 1000;
/** At most this many matching magnets are looked into for one movie or episode page. */
const MAX_MATCHES = 8;

export interface AddonToken {
  token: string;
  tokenHash: string;
}

/** What a presented token is looked up by (in KV) and checked against (here). */
export function addonTokenHash(env: Env, token: string): Promise<string> {
  return keyedHash(env, `stremio:${token}`);
}

export interface AddonHooks {
  /** The account's magnets; `fresh` first polls AllDebrid when nobody keeps them fresh. */
  magnets(fresh: boolean): Promise<ReadonlyMap<number, Magnet>>;
  budget: UpstreamBudget;
}

export class StremioAddon {
  private readonly store: AddonStore;
  /** Unlocks under way, so a player's parallel requests for one file make one upstream call. */
  private readonly unlocking = new Map<string, Promise<string>>();
  /** A fresh look under way: requests arriving meanwhile share it rather than queue another poll. */
  private freshLook: Promise<ReadonlyMap<number, Magnet>> | null = null;

  constructor(
    sql: SqlStorage,
    private readonly env: Env,
    private readonly objectId: string,
    private readonly credentials: Credentials,
    private readonly hooks: AddonHooks,
  ) {
    this.store = new AddonStore(sql);
  }

  /** The account's link, made on first use; the same until it is revoked. */
  async link(): Promise<AddonToken> {
    const held = await this.current();
    if (held) return held;
    const token = randomToken(16);
    const tokenHash = await addonTokenHash(this.env, token);
    const sealedToken = await seal(this.env, "stremio-token-v1", token, this.objectId);
    this.store.saveLink({ tokenHash, sealedToken, created: Date.now(), noServerAt: null });
    return { token, tokenHash };
  }

  async current(): Promise<AddonToken | null> {
    const link = this.store.link;
    if (!link) return null;
    const token = await unseal(this.env, "stremio-token-v1", link.sealedToken, this.objectId);
    return token ? { token, tokenHash: link.tokenHash } : null;
  }

  /** Revokes the link; the token hash it had, for the Worker to drop from KV. */
  revoke(): string | null {
    const tokenHash = this.store.link?.tokenHash ?? null;
    this.store.deleteLink();
    return tokenHash;
  }

  async answer(tokenHash: string, ask: AddonAsk): Promise<AddonReply> {
    if (this.store.link?.tokenHash !== tokenHash) return notFound();
    try {
      switch (ask.kind) {
        case "catalog":
          return { kind: "catalog", magnets: catalogPage(await this.magnets(true), ask.search, ask.skip) };
        case "magnet":
          return await this.magnet(ask.magnetId);
        case "match":
          return await this.match(ask.wanted);
        case "play":
          return { kind: "play", link: await this.play(ask.magnetId, ask.fileKey, ask.address) };
      }
    } catch (error) {
      if (!(error instanceof AllDebridError)) throw error;
      return { kind: "error", code: error.code, message: error.message, status: error.status };
    }
  }

  private magnets(fresh: boolean): Promise<ReadonlyMap<number, Magnet>> {
    if (!fresh) return this.hooks.magnets(false);
    this.freshLook ??= this.hooks.magnets(true).finally(() => {
      this.freshLook = null;
    });
    return this.freshLook;
  }

  private get noServerAt(): number | null {
    return this.store.link?.noServerAt ?? null;
  }

  private async magnet(magnetId: number): Promise<AddonReply> {
    const magnets = await this.magnets(true);
    const magnet = magnets.get(magnetId);
    const offer = magnet ? ((await this.offers([magnet], magnets))[0] ?? null) : null;
    return { kind: "magnet", offer, noServerAt: this.noServerAt };
  }

  private async match(wanted: Wanted): Promise<AddonReply> {
    const magnets = await this.magnets(true);
    const offers = await this.offers(matchingMagnets(magnets.values(), wanted).slice(0, MAX_MATCHES), magnets);
    const found = offers
      .map((offer) => ({ ...offer, videos: wantedVideos(offer.magnet.name, offer.videos, wanted) }))
      // A Ready pack listed without the wanted episode is not about this page.
      .filter((offer) => offer.videos.length > 0 || !isReady(offer.magnet) || offer.filesProblem !== null);
    return { kind: "match", offers: found, noServerAt: this.noServerAt };
  }

  /** Each magnet with its videos: kept ones, the others listed in one /magnet/files call. */
  private async offers(wanted: Magnet[], all: ReadonlyMap<number, Magnet>): Promise<Offer[]> {
    const ready = wanted.filter((magnet) => magnetGroup(magnet.statusCode) === "ready");
    const missing = ready.filter((magnet) => this.store.videos(magnet.id) === null).map((magnet) => magnet.id);
    const problems =
      missing.length > 0 ? await this.listVideos(missing, new Set(all.keys())) : new Map<number, Problem>();
    return wanted.map((magnet) => ({
      magnet: summary(magnet),
      videos: offered(this.store.videos(magnet.id) ?? []),
      filesProblem: problems.get(magnet.id) ?? null,
    }));
  }

  /** Lists and keeps the videos of Ready magnets; what AllDebrid said of those it could not list. */
  private async listVideos(ids: number[], still: ReadonlySet<number>): Promise<Map<number, Problem>> {
    const problems = new Map<number, Problem>();
    let data: MagnetFilesData;
    try {
      data = await this.upstream("/v4.1/magnet/files", { "id[]": ids });
    } catch (error) {
      if (!(error instanceof AllDebridError)) throw error;
      for (const id of ids) problems.set(id, { code: error.code, message: error.message });
      return problems;
    }
    for (const item of data.magnets) {
      const id = Number(item.id);
      if ("files" in item) this.store.saveVideos(id, await videosOf(item.files), still);
      else problems.set(id, { code: item.error.code, message: item.error.message });
    }
    return problems;
  }

  /** A direct link to one file for one player address: kept, or unlocked once for all parallel asks. */
  private async play(magnetId: number, fileKey: string, address: string | null): Promise<string> {
    const video = await this.playable(magnetId, fileKey);
    const now = Date.now();
    const kept = this.store.unlocked(magnetId, fileKey, address ?? "", now);
    if (kept) return kept;
    const key = `${magnetId}/${fileKey}/${address ?? ""}`;
    let unlock = this.unlocking.get(key);
    if (!unlock) {
      unlock = this.unlock(magnetId, video, address).finally(() => this.unlocking.delete(key));
      this.unlocking.set(key, unlock);
    }
    return unlock;
  }

  /** The file a play route names, once its magnet is Ready and still holds it. */
  private async playable(magnetId: number, fileKey: string): Promise<StoredVideo> {
    let magnets = await this.magnets(false);
    // A magnet added since the last poll: one fresh look before saying it is not there.
    if (!magnets.has(magnetId)) magnets = await this.magnets(true);
    const problem = playProblem(magnets.get(magnetId));
    if (problem) throw problem;
    if (this.store.videos(magnetId) === null) {
      const listed = await this.listVideos([magnetId], new Set(magnets.keys()));
      const refusal = listed.get(magnetId);
      if (refusal) throw unlockProblem(new AllDebridError(refusal.code, refusal.message));
    }
    const video = this.store.videos(magnetId)?.find((candidate) => candidate.key === fileKey);
    if (!video) throw new AllDebridError("404", "This file is not in the magnet any more", 404);
    return video;
  }

  private async unlock(magnetId: number, video: StoredVideo, address: string | null): Promise<string> {
    let data: DataOf<"/v4.1/link/unlock">;
    try {
      data = await this.upstream(
        "/v4.1/link/unlock",
        address ? { link: video.link, ip: address } : { link: video.link },
      );
    } catch (error) {
      if (!(error instanceof AllDebridError)) throw error;
      if (error.code === "NO_SERVER") this.store.setNoServer(Date.now());
      // The files went on AllDebrid's side: list them again next time.
      if (error.code === "LINK_DOWN" || error.code === "MAGNET_LINKS_REMOVED") this.store.forgetMagnet(magnetId);
      throw unlockProblem(error);
    }
    if (!data.link)
      throw new AllDebridError(
        "LINK_TEMPORARY_UNAVAILABLE",
        "AllDebrid is preparing this file: play it again in a minute",
        503,
      );
    const now = Date.now();
    this.store.setNoServer(null);
    this.store.saveUnlocked(magnetId, video.key, address ?? "", data.link, now + UNLOCK_KEEP_MS, now);
    return data.link;
  }

  private async upstream<P extends "/v4.1/magnet/files" | "/v4.1/link/unlock">(
    path: P,
    params: ParamsOf<P>,
  ): Promise<DataOf<P>> {
    const apikey = await this.credentials.current();
    if (!apikey)
      throw new AllDebridError(
        "AUTH_MISSING_APIKEY",
        "This deployment no longer holds your AllDebrid key: open the app and sign in again",
        403,
      );
    return callUpstream(this.env, path, params, { origin: this.credentials.origin, apikey, budget: this.hooks.budget });
  }
}

function notFound(): AddonReply {
  return { kind: "error", code: "404", message: "This add-on link does not exist, or was revoked", status: 404 };
}

function isReady(magnet: MagnetSummary): boolean {
  return magnetGroup(magnet.statusCode) === "ready";
}

function summary(magnet: Magnet): MagnetSummary {
  const progress =
    magnet.processingPerc ??
    (magnet.size > 0 && magnet.downloaded ? Math.floor((100 * magnet.downloaded) / magnet.size) : null);
  return {
    id: magnet.id,
    name: magnet.filename,
    size: magnet.size,
    statusCode: magnet.statusCode,
    status: magnet.status,
    uploadDate: magnet.uploadDate,
    completionDate: magnet.completionDate,
    progress: magnetGroup(magnet.statusCode) === "processing" ? progress : null,
  };
}

/** Ready magnets first, then the others; newest first within each; those a search names; one page. */
function catalogPage(magnets: ReadonlyMap<number, Magnet>, search: string | null, skip: number): MagnetSummary[] {
  const words = search ? comparableTitle(search).split(" ").filter(Boolean) : [];
  const listed = [...magnets.values()].filter((magnet) => {
    const name = ` ${comparableTitle(magnet.filename)} `;
    return words.every((word) => name.includes(word));
  });
  const rank = (magnet: Magnet) => (magnetGroup(magnet.statusCode) === "ready" ? 0 : 1);
  listed.sort((a, b) => rank(a) - rank(b) || b.uploadDate - a.uploadDate || b.id - a.id);
  return listed.slice(skip, skip + PAGE_SIZE).map(summary);
}
