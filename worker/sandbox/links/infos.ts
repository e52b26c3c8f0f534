// /v4/link/infos: one info object per link, or a per-item error inside the array.
import { AllDebridError, type LinkInfosData } from "../../../protocol/alldebrid";
import type { HandlerContext } from "../context";
import { magnetFileInfo, ownMagnetFile } from "./magnet-file";
import { segmentError } from "./patterns";
import { resolveLink } from "./resolve";

type InfoItem = LinkInfosData["infos"][number];

function infoOf(ctx: HandlerContext, link: string): InfoItem {
  try {
    const magnetFile = ownMagnetFile(ctx, link);
    if (magnetFile) return magnetFileInfo(link, magnetFile);
    const resolved = resolveLink(ctx.sql, link);
    // infos only knows host links: streams and redirectors are for unlock and link/redirector.
    if (resolved.match.kind === "redirector") throw new AllDebridError("LINK_HOST_NOT_SUPPORTED");
    const code = segmentError(resolved.segments, "infos", ctx.params.get("password"));
    if (code) throw new AllDebridError(code);
    const { service } = resolved.match;
    const streamed = resolved.match.kind === "stream";
    return {
      link,
      filename: streamed ? "" : resolved.filename,
      size: streamed ? 0 : resolved.size,
      host: streamed ? "stream" : service.name,
      hostDomain: service.domains[0] ?? "",
    };
  } catch (error) {
    if (!(error instanceof AllDebridError)) throw error;
    return { link, error: { code: error.code, message: error.message } };
  }
}

export function linkInfos(ctx: HandlerContext): LinkInfosData {
  const links = ctx.params.all("link");
  if (links.length === 0) throw new AllDebridError("LINK_IS_MISSING");
  return { infos: links.map((link) => infoOf(ctx, link)) };
}
