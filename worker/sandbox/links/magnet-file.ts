// Links to a magnet's files (from /v4/magnet/files) unlock like host links, but only for the
// account that owns the magnet: to anyone else they look like any unknown link.
import type { LinkInfo, UnlockData } from "../../../protocol/alldebrid";
import { type HandlerContext, requireAccount } from "../context";
import { addDownload, newDownloadId } from "../downloads";
import { MAGNET_FILE_HOST as HOST, type MagnetFile, ownMagnetFileOfLink } from "../magnets";
import { addToHistory } from "../user-links";

/** The caller's own magnet file behind a link, or null. */
export function ownMagnetFile(ctx: HandlerContext, link: string): MagnetFile | null {
  return ownMagnetFileOfLink(ctx.sql, requireAccount(ctx).apikey, link);
}

export function unlockMagnetFile(ctx: HandlerContext, link: string, file: MagnetFile): UnlockData {
  const id = newDownloadId();
  const download = { filename: file.filename, size: file.size };
  addToHistory(ctx, { link, filename: file.filename, size: file.size, host: HOST.name });
  return {
    link: addDownload(ctx.sql, ctx.baseUrl, id, download, ctx.now),
    host: HOST.name,
    filename: file.filename,
    paws: false,
    filesize: file.size,
    streams: [],
    id,
    hostDomain: HOST.domain,
  };
}

export function magnetFileInfo(link: string, file: MagnetFile): LinkInfo {
  return { link, filename: file.filename, size: file.size, host: HOST.name, hostDomain: HOST.domain };
}
