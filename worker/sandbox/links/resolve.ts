// What a link sent to link/infos or link/unlock points at: a catalogue service (after following
// a virtual link from link/redirector), its file name and size, and the pattern segments it carries.
import { AllDebridError } from "../../../protocol/alldebrid";
import { type MatchedService, matchService } from "../hosts/match";
import { filenameOf, segmentsOf, sizeOf } from "./patterns";

/** Links handed out by link/redirector: virtual, only understood by infos and unlock. */
export const VIRTUAL_ORIGIN = "https://redirect.alldebrid.com/";

export interface ResolvedLink {
  /** The link as sent. */
  link: string;
  /** The host link it stands for (itself unless it was a virtual link). */
  target: string;
  match: MatchedService;
  segments: string[];
  filename: string;
  size: number;
}

function isWebLink(link: string): boolean {
  try {
    const { protocol } = new URL(link);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

function virtualTarget(sql: SqlStorage, link: string): string | null {
  const code = link.slice(VIRTUAL_ORIGIN.length);
  return (
    sql.exec<{ target: string }>("SELECT target FROM redirected WHERE code = ?", code).toArray()[0]?.target ?? null
  );
}

/** Throws BAD_LINK for what is not a web link, LINK_HOST_NOT_SUPPORTED for unknown hosts. */
export function resolveLink(sql: SqlStorage, link: string): ResolvedLink {
  let target = link.trim();
  if (target.startsWith(VIRTUAL_ORIGIN)) {
    const found = virtualTarget(sql, target);
    if (!found) throw new AllDebridError("BAD_LINK");
    target = found;
  }
  if (!isWebLink(target)) throw new AllDebridError("BAD_LINK");
  const match = matchService(target);
  if (!match) throw new AllDebridError("LINK_HOST_NOT_SUPPORTED");
  const segments = segmentsOf(target);
  return { link, target, match, segments, filename: filenameOf(target), size: sizeOf(target, segments) };
}
