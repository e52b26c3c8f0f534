// /v4/magnet/upload and /v4/magnet/upload/file: each magnet or .torrent becomes a magnet of the
// account, or a per-item error; the account limits (premium only, 30 active, 1000 in all) apply
// to the call as a whole when already reached, and to the items that would cross them. A failed
// magnet deleted moments ago answers MAGNET_PROCESSING_COOLDOWN for its item, and an expired one
// added again downloads afresh (deleted.ts).
import type { UploadedFile, UploadedMagnet } from "../../../protocol/alldebrid";
import { AllDebridError, type ItemError, infoHashOf, itemError, MAGNET_LIMITS } from "../../../protocol/alldebrid";
import { btihToHex, parseTorrent, type TorrentFile } from "../../../protocol/torrent";
import type { SandboxAccount } from "../accounts";
import type { UploadedTorrent } from "../call";
import { type HandlerContext, requireAccount } from "../context";
import { deletedAs } from "./deleted";
import { generatedName, generatedSize } from "./fate";
import { isProcessing, magnetAt, readyAtOnce } from "./progress";
import { insertMagnet, listMagnets, type StoredMagnet } from "./store";

/** "Magnet files are too large (max 1TB)". */
const MAX_SIZE = 2 ** 40;

interface Candidate {
  hash: string;
  name: string;
  size: number;
  files: TorrentFile[] | null;
}

interface Accepted {
  hash: string;
  name: string;
  size: number;
  ready: boolean;
  id: number;
}

/** Admits candidates one by one against the account's magnets and limits. */
class Admission {
  private readonly byHash = new Map<string, StoredMagnet>();
  private total: number;
  private active: number;

  constructor(
    private readonly ctx: HandlerContext,
    private readonly account: SandboxAccount,
  ) {
    const magnets = account.demo ? [] : listMagnets(ctx.sql, account.apikey);
    for (const magnet of magnets) this.byHash.set(magnet.hash, magnet);
    this.total = magnets.length;
    this.active = magnets.filter((magnet) => isProcessing(magnetAt(magnet, ctx.now, ctx.config.paceMs))).length;
    if (this.total >= MAGNET_LIMITS.total) throw new AllDebridError("MAGNET_TOO_MANY");
    if (this.active >= MAGNET_LIMITS.active) throw new AllDebridError("MAGNET_TOO_MANY_ACTIVE");
  }

  /** The same hash twice gives back the magnet already there, as the real service does. */
  admit(candidate: Candidate): Accepted | ItemError {
    const known = this.byHash.get(candidate.hash);
    if (known) return this.accepted(known);
    if (candidate.size > MAX_SIZE) return itemError("MAGNET_TOO_LARGE");
    const deleted = deletedAs(this.ctx.sql, this.account.apikey, candidate.hash, this.ctx.now);
    if (deleted === "failed") return itemError("MAGNET_PROCESSING_COOLDOWN");
    const instant = readyAtOnce(candidate.hash);
    if (this.total >= MAGNET_LIMITS.total) return itemError("MAGNET_TOO_MANY");
    if (!instant && this.active >= MAGNET_LIMITS.active) return itemError("MAGNET_TOO_MANY_ACTIVE");
    // An expired magnet added again downloads afresh, as a restarted one does.
    const restarts = deleted === "expired" ? 1 : 0;
    const magnet = this.account.demo ? this.demoMagnet(candidate) : this.store(candidate, restarts);
    this.byHash.set(magnet.hash, magnet);
    this.total++;
    if (!instant) this.active++;
    return this.accepted(magnet);
  }

  private store(candidate: Candidate, restarts: number): StoredMagnet {
    const { now } = this.ctx;
    return insertMagnet(this.ctx.sql, {
      ...candidate,
      apikey: this.account.apikey,
      uploaded: now,
      started: now,
      restarts,
    });
  }

  /** Demo keys change nothing: the answer shows what would have been created. */
  private demoMagnet(candidate: Candidate): StoredMagnet {
    const { now } = this.ctx;
    const id = 100_000 + (Number.parseInt(candidate.hash.slice(0, 6), 16) % 900_000);
    return { ...candidate, id, apikey: this.account.apikey, uploaded: now, started: now, restarts: 0 };
  }

  private accepted(magnet: StoredMagnet): Accepted {
    const status = magnetAt(magnet, this.ctx.now, this.ctx.config.paceMs);
    return { hash: magnet.hash, name: magnet.name, size: magnet.size, ready: status.statusCode === 4, id: magnet.id };
  }
}

/** A magnet URI's hash, name (`dn`) and exact length (`xl`), or null when it has no valid btih. */
function candidateOfMagnet(text: string): Candidate | null {
  const btih = infoHashOf(text);
  if (!btih) return null;
  const hash = btihToHex(btih);
  const query = text.trim().match(/^magnet:\?(.*)$/i)?.[1];
  const params = new URLSearchParams(query ?? "");
  const length = params.get("xl");
  const size = length && /^\d{1,15}$/.test(length) ? Number(length) : generatedSize(hash);
  return { hash, name: params.get("dn")?.trim() || generatedName(hash), size, files: null };
}

export function uploadMagnets(ctx: HandlerContext): {
  magnets: Array<UploadedMagnet | ({ magnet: string } & ItemError)>;
} {
  const account = requireAccount(ctx);
  if (account.plan === "free") throw new AllDebridError("MAGNET_MUST_BE_PREMIUM");
  const sent = ctx.params.all("magnets").filter((magnet) => magnet.trim() !== "");
  if (sent.length === 0) throw new AllDebridError("MAGNET_NO_URI");
  const admission = new Admission(ctx, account);
  return {
    magnets: sent.map((magnet) => {
      const candidate = candidateOfMagnet(magnet);
      if (!candidate) return { magnet, ...itemError("MAGNET_INVALID_URI") };
      return { magnet, ...admission.admit(candidate) };
    }),
  };
}

async function candidateOfFile(file: UploadedTorrent): Promise<Candidate | ItemError> {
  const parsed = await parseTorrent(file.bytes);
  if (!parsed.ok) return itemError("MAGNET_INVALID_FILE");
  const { torrent } = parsed;
  return { hash: torrent.infoHash, name: torrent.name, size: torrent.size, files: torrent.files };
}

export async function uploadFiles(
  ctx: HandlerContext,
): Promise<{ files: Array<UploadedFile | ({ file: string } & ItemError)> }> {
  const account = requireAccount(ctx);
  if (account.plan === "free") throw new AllDebridError("MAGNET_MUST_BE_PREMIUM");
  if (ctx.files.length === 0) throw new AllDebridError("MAGNET_FILE_UPLOAD_FAILED");
  const admission = new Admission(ctx, account);
  const files: Array<UploadedFile | ({ file: string } & ItemError)> = [];
  for (const file of ctx.files) {
    const candidate = await candidateOfFile(file);
    if ("error" in candidate) files.push({ file: file.name, ...candidate });
    else {
      const result = admission.admit(candidate);
      files.push("error" in result ? { file: file.name, ...result } : orderedFile(file.name, result));
    }
  }
  return { files };
}

/** The documented key order of a file entry: file, name, size, hash, ready, id. */
function orderedFile(file: string, accepted: Accepted): UploadedFile {
  const { name, size, hash, ready, id } = accepted;
  return { file, name, size, hash, ready, id };
}
