// /v4/link/unlock: a direct download link, a stream with several qualities (link "" and
// streams[], continue with link/streaming), or a delayed id (continue with link/delayed).
import { AllDebridError, type UnlockData } from "../../../protocol/alldebrid";
import type { SandboxAccount } from "../accounts";
import { type HandlerContext, requireAccount } from "../context";
import { addDownload, newDownloadId } from "../downloads";
import type { CatalogueHost, CatalogueStream } from "../hosts/catalogue";
import { serviceItemId } from "../hosts/match";
import { takeQuota } from "../hosts/quota";
import { addToHistory } from "../user-links";
import { startDelayed } from "./delayed";
import { ownMagnetFile, unlockMagnetFile } from "./magnet-file";
import { delayedKind, hash32, segmentError } from "./patterns";
import { type ResolvedLink, resolveLink } from "./resolve";
import { qualitiesOf, titleOf } from "./streams";

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS generations (
    id TEXT PRIMARY KEY,
    apikey TEXT NOT NULL,
    title TEXT NOT NULL,
    streams TEXT NOT NULL,
    created INTEGER NOT NULL
  )`);
}

/** Free accounts cannot use premium hosts; trial accounts only those open to the trial. */
function checkPlan(account: SandboxAccount, host: CatalogueHost): void {
  if (host.type !== "premium") return;
  if (account.plan === "free") throw new AllDebridError("MUST_BE_PREMIUM");
  if (account.plan === "trial" && !host.trial) throw new AllDebridError("FREE_TRIAL_LIMIT_REACHED");
}

function unlockHost(ctx: HandlerContext, resolved: ResolvedLink, host: CatalogueHost): UnlockData {
  const account = requireAccount(ctx);
  checkPlan(account, host);
  if (host.status === false) throw new AllDebridError("LINK_HOST_UNAVAILABLE");
  const code = segmentError(resolved.segments, "unlock", ctx.params.get("password"));
  if (code) throw new AllDebridError(code);
  if (!takeQuota(ctx.sql, account.apikey, host, resolved.size, ctx.now))
    throw new AllDebridError("LINK_HOST_LIMIT_REACHED");
  const file = { filename: resolved.filename, size: resolved.size };
  addToHistory(ctx, { link: resolved.link, filename: file.filename, size: file.size, host: host.name });
  const id = newDownloadId();
  const answer = { host: host.name, filename: file.filename, paws: false, filesize: file.size, streams: [], id };
  const delayed = delayedKind(resolved.segments);
  if (delayed)
    return { link: "", ...answer, hostDomain: host.domains[0], delayed: startDelayed(ctx, file, delayed === "fails") };
  return { link: addDownload(ctx.sql, ctx.baseUrl, id, file, ctx.now), ...answer, hostDomain: host.domains[0] };
}

function unlockStream(ctx: HandlerContext, resolved: ResolvedLink, stream: CatalogueStream): UnlockData {
  const account = requireAccount(ctx);
  const title = titleOf(serviceItemId(stream, resolved.target) ?? hash32(resolved.target).toString(36));
  const id = newDownloadId();
  const hostDomain = stream.domains[0];
  addToHistory(ctx, { link: resolved.link, filename: "", size: 0, host: "stream" });
  if (stream.qualities === "several") {
    const streams = qualitiesOf(resolved.target);
    ctx.sql.exec(
      "INSERT INTO generations (id, apikey, title, streams, created) VALUES (?, ?, ?, ?, ?)",
      id,
      account.apikey,
      title,
      JSON.stringify(streams),
      ctx.now,
    );
    return { link: "", host: "stream", filename: title, filesize: 0, id, streams, paws: false, hostDomain };
  }
  const file = { filename: `${title}.mp4`, size: resolved.size };
  const answer = {
    host: "stream",
    filename: file.filename,
    filesize: file.size,
    id,
    streams: [],
    paws: false,
    hostDomain,
  };
  if (stream.qualities === "delayed") return { link: "", ...answer, delayed: startDelayed(ctx, file, false) };
  return { link: addDownload(ctx.sql, ctx.baseUrl, id, file, ctx.now), ...answer };
}

export function unlock(ctx: HandlerContext): UnlockData {
  const link = ctx.params.get("link")?.trim();
  if (!link) throw new AllDebridError("LINK_IS_MISSING");
  const magnetFile = ownMagnetFile(ctx, link);
  if (magnetFile) return unlockMagnetFile(ctx, link, magnetFile);
  const resolved = resolveLink(ctx.sql, link);
  const { match } = resolved;
  if (match.kind === "redirector") throw new AllDebridError("LINK_HOST_NOT_SUPPORTED");
  return match.kind === "stream"
    ? unlockStream(ctx, resolved, match.service)
    : unlockHost(ctx, resolved, match.service);
}
