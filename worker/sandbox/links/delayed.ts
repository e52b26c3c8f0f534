// Delayed links: status 1 (with time_left) until ready, then 2 with the download link, or 3 for
// a link that fails. They take two magnet paces (SANDBOX_PACE_MS), so tests run fast.
import { AllDebridError, type DelayedData } from "../../../protocol/alldebrid";
import { type HandlerContext, requireAccount } from "../context";
import { addDownload, type DownloadFile, downloadUrl, newDownloadId } from "../downloads";

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS delayed_links (
    id INTEGER PRIMARY KEY,
    apikey TEXT NOT NULL,
    download_id TEXT NOT NULL,
    filename TEXT NOT NULL,
    ready_at INTEGER NOT NULL,
    fails INTEGER NOT NULL
  )`);
}

/** Starts a delayed link; its download exists from now on but is only revealed when ready. */
export function startDelayed(ctx: HandlerContext, file: DownloadFile, fails: boolean): number {
  const apikey = requireAccount(ctx).apikey;
  const downloadId = newDownloadId();
  addDownload(ctx.sql, ctx.baseUrl, downloadId, file, ctx.now);
  const readyAt = ctx.now + Math.max(1, 2 * ctx.config.paceMs);
  for (;;) {
    const id = 1_000_000 + Math.floor(Math.random() * 9_000_000);
    const taken = ctx.sql.exec("SELECT 1 FROM delayed_links WHERE id = ?", id).toArray().length > 0;
    if (taken) continue;
    ctx.sql.exec(
      "INSERT INTO delayed_links (id, apikey, download_id, filename, ready_at, fails) VALUES (?, ?, ?, ?, ?, ?)",
      id,
      apikey,
      downloadId,
      file.filename,
      readyAt,
      fails ? 1 : 0,
    );
    return id;
  }
}

export function linkDelayed(ctx: HandlerContext): DelayedData {
  const id = ctx.params.int("id");
  const row = ctx.sql
    .exec<{ download_id: string; filename: string; ready_at: number; fails: number }>(
      "SELECT download_id, filename, ready_at, fails FROM delayed_links WHERE id = ? AND apikey = ?",
      id ?? -1,
      requireAccount(ctx).apikey,
    )
    .toArray()[0];
  if (!row) throw new AllDebridError("DELAYED_INVALID_ID");
  if (ctx.now < row.ready_at) return { status: 1, time_left: Math.max(1, Math.ceil((row.ready_at - ctx.now) / 1000)) };
  if (row.fails) return { status: 3, time_left: 0 };
  return { status: 2, time_left: 0, link: downloadUrl(ctx.baseUrl, row.download_id, row.filename) };
}
