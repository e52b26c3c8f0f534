// /v4/magnet/files, /v4/magnet/delete and /v4/magnet/restart.
import { AllDebridError, type FileNode, type ItemError, itemError, magnetGroup } from "../../../protocol/alldebrid";
import type { SandboxAccount } from "../accounts";
import { type HandlerContext, requireAccount } from "../context";
import { rememberDeleted } from "./deleted";
import { DEMO_FILES, demoMagnet } from "./demo";
import { filesTree } from "./files";
import { magnetAt } from "./progress";
import { deleteMagnet, findMagnet, parseMagnetId, restartMagnet } from "./store";

/**
 * Files exist once a magnet is Ready. A magnet still processing answers MAGNET_PROCESSING for
 * its item; a failed one has no files (an empty tree).
 */
function filesOfId(ctx: HandlerContext, account: SandboxAccount, sent: string): { files: FileNode[] } | ItemError {
  const id = parseMagnetId(sent);
  if (id === null) return itemError("MAGNET_INVALID_ID");
  if (account.demo) {
    const demo = demoMagnet(id);
    if (!demo) return itemError("MAGNET_INVALID_ID");
    return demo.statusCode === 4 ? { files: DEMO_FILES[id] ?? [] } : itemError("MAGNET_PROCESSING");
  }
  const magnet = findMagnet(ctx.sql, account.apikey, id);
  if (!magnet) return itemError("MAGNET_INVALID_ID");
  const group = magnetGroup(magnetAt(magnet, ctx.now, ctx.config.paceMs).statusCode);
  if (group === "processing") return itemError("MAGNET_PROCESSING");
  return { files: group === "ready" ? filesTree(magnet) : [] };
}

export function magnetFiles(ctx: HandlerContext) {
  const account = requireAccount(ctx);
  const ids = ctx.params.all("id");
  if (ids.length === 0) throw new AllDebridError("MAGNET_INVALID_ID");
  return { magnets: ids.map((id) => ({ id: id.trim(), ...filesOfId(ctx, account, id) })) };
}

export function magnetDelete(ctx: HandlerContext) {
  const account = requireAccount(ctx);
  const id = parseMagnetId(ctx.params.get("id"));
  if (id !== null && account.demo && demoMagnet(id)) return { message: DELETED };
  const magnet = id === null || account.demo ? null : findMagnet(ctx.sql, account.apikey, id);
  if (!magnet) throw new AllDebridError("MAGNET_INVALID_ID");
  const { statusCode } = magnetAt(magnet, ctx.now, ctx.config.paceMs);
  if (magnetGroup(statusCode) === "error")
    rememberDeleted(
      ctx.sql,
      account.apikey,
      magnet.hash,
      statusCode === 11 ? "expired" : "failed",
      ctx.now,
      ctx.config.paceMs,
    );
  deleteMagnet(ctx.sql, account.apikey, magnet.id);
  return { message: DELETED };
}

const DELETED = "Magnet was successfully deleted";

const RESTARTED = "Magnet was successfully restarted";

/** Restarts one failed magnet from status 0; throws the documented errors otherwise. */
function restartOne(ctx: HandlerContext, account: SandboxAccount, sent: string | undefined): void {
  const id = parseMagnetId(sent);
  if (id === null) throw new AllDebridError("MAGNET_INVALID_ID");
  if (account.demo) {
    // Every demo magnet is processing or ready, and demo calls change nothing.
    throw new AllDebridError(demoMagnet(id) ? "MAGNET_PROCESSING" : "MAGNET_INVALID_ID");
  }
  const magnet = findMagnet(ctx.sql, account.apikey, id);
  if (!magnet) throw new AllDebridError("MAGNET_INVALID_ID");
  if (magnetGroup(magnetAt(magnet, ctx.now, ctx.config.paceMs).statusCode) !== "error")
    throw new AllDebridError("MAGNET_PROCESSING");
  restartMagnet(ctx.sql, account.apikey, id, ctx.now);
}

export function magnetRestart(ctx: HandlerContext) {
  const account = requireAccount(ctx);
  const ids = ctx.params.all("ids");
  if (ids.length === 0) {
    restartOne(ctx, account, ctx.params.get("id"));
    return { message: RESTARTED };
  }
  return {
    magnets: ids.map((sent) => {
      const magnet = sent.trim();
      try {
        restartOne(ctx, account, sent);
        return { magnet, message: RESTARTED };
      } catch (error) {
        if (!(error instanceof AllDebridError)) throw error;
        return { magnet, error: error.toBody().error };
      }
    }),
  };
}
