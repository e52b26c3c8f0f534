// Saved links: /v4/user/links, /save (links[]) and /delete (links[]). A supported host link, or a
// link to a file of one of the account's own magnets (as the live service takes them), can be
// saved; anything else cannot (USER_LINK_INVALID); none sent is USER_LINK_MISSING.
import { AllDebridError, type MessageData, type SavedLink, type SavedLinksData } from "../../../protocol/alldebrid";
import { type HandlerContext, requireAccount } from "../context";
import { resolveLink } from "../links/resolve";
import { MAGNET_FILE_HOST, ownMagnetFileOfLink } from "../magnets";
import { DEMO_LINKS } from "./demo";
import { addLink, listLinks } from "./store";

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS saved_links (
    apikey TEXT NOT NULL,
    link TEXT NOT NULL,
    filename TEXT NOT NULL,
    size INTEGER NOT NULL,
    host TEXT NOT NULL,
    date INTEGER NOT NULL,
    PRIMARY KEY (apikey, link)
  )`);
}

export function savedLinks(ctx: HandlerContext): SavedLinksData {
  const account = requireAccount(ctx);
  if (account.demo) return { links: DEMO_LINKS };
  return { links: listLinks(ctx.sql, "saved_links", account.apikey) };
}

function describe(ctx: HandlerContext, link: string): Omit<SavedLink, "date"> {
  const file = ownMagnetFileOfLink(ctx.sql, requireAccount(ctx).apikey, link);
  if (file) return { link, filename: file.filename, size: file.size, host: MAGNET_FILE_HOST.name };
  try {
    const resolved = resolveLink(ctx.sql, link);
    if (resolved.match.kind === "stream") return { link, filename: "", size: 0, host: "stream" };
    return { link, filename: resolved.filename, size: resolved.size, host: resolved.match.service.name };
  } catch (error) {
    if (error instanceof AllDebridError) throw new AllDebridError("USER_LINK_INVALID");
    throw error;
  }
}

export function saveLinks(ctx: HandlerContext): MessageData {
  const account = requireAccount(ctx);
  const links = ctx.params.all("links").map((link) => link.trim());
  if (links.length === 0 || links.some((link) => !link)) throw new AllDebridError("USER_LINK_MISSING");
  const entries = links.map((link) => describe(ctx, link));
  if (!account.demo) for (const entry of entries) addLink(ctx.sql, "saved_links", account.apikey, entry, ctx.now);
  return { message: "Link was successfully saved" };
}

export function deleteLinks(ctx: HandlerContext): MessageData {
  const account = requireAccount(ctx);
  const links = ctx.params.all("links").map((link) => link.trim());
  if (links.length === 0) throw new AllDebridError("USER_LINK_MISSING");
  if (!account.demo) {
    let deleted = 0;
    for (const link of links)
      deleted += ctx.sql.exec(
        "DELETE FROM saved_links WHERE apikey = ? AND link = ?",
        account.apikey,
        link,
      ).rowsWritten;
    if (deleted === 0) throw new AllDebridError("USER_LINK_INVALID");
  }
  return { message: "Link was successfully deleted" };
}
