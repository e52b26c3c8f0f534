// Recent links: every unlock adds one; /v4/user/history lists them (newest first, 3 days kept)
// and /v4/user/history/delete purges them. Demo accounts keep their static list.
import type { MessageData, SavedLink, SavedLinksData } from "../../../protocol/alldebrid";
import { type HandlerContext, requireAccount } from "../context";
import { DEMO_LINKS } from "./demo";
import { addLink, listLinks } from "./store";

const KEPT_MS = 3 * 86_400_000;

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS history (
    apikey TEXT NOT NULL,
    link TEXT NOT NULL,
    filename TEXT NOT NULL,
    size INTEGER NOT NULL,
    host TEXT NOT NULL,
    date INTEGER NOT NULL
  )`);
}

/** Called by link/unlock; `date` in the entry is ignored (now is used). */
export function addToHistory(ctx: HandlerContext, entry: Omit<SavedLink, "date">): void {
  const account = requireAccount(ctx);
  if (account.demo) return;
  addLink(ctx.sql, "history", account.apikey, entry, ctx.now);
}

export function history(ctx: HandlerContext): SavedLinksData {
  const account = requireAccount(ctx);
  if (account.demo) return { links: DEMO_LINKS };
  const since = Math.floor((ctx.now - KEPT_MS) / 1000);
  ctx.sql.exec("DELETE FROM history WHERE apikey = ? AND date < ?", account.apikey, since);
  return { links: listLinks(ctx.sql, "history", account.apikey) };
}

export function deleteHistory(ctx: HandlerContext): MessageData {
  const account = requireAccount(ctx);
  if (!account.demo) ctx.sql.exec("DELETE FROM history WHERE apikey = ?", account.apikey);
  return { message: "Links were successfully deleted" };
}
