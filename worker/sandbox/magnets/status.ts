// /v4.1/magnet/status (the retired /v4 form answers DISCONTINUED before reaching here): the list
// (with the `status` filter), one magnet by `id` (an object, as the real service answers), or live
// mode with session+counter.
import {
  AllDebridError,
  type FileNode,
  type Magnet,
  type MagnetStatusFilter,
  magnetGroup,
} from "../../../protocol/alldebrid";
import { type HandlerContext, requireAccount } from "../context";
import { DEMO_FILES, DEMO_MAGNETS } from "./demo";
import { filesTree } from "./files";
import { demoLiveStatus, liveStatus } from "./live";
import { magnetAt } from "./progress";
import { findMagnet, listMagnets, parseMagnetId, type StoredMagnet } from "./store";

const withFiles = (status: Magnet, files: FileNode[] | undefined): Magnet =>
  status.statusCode === 4 && files ? { ...status, files } : status;

const FILTERS: Record<MagnetStatusFilter, (magnet: Magnet) => boolean> = {
  active: (magnet) => magnetGroup(magnet.statusCode) === "processing",
  ready: (magnet) => magnet.statusCode === 4,
  // Status 11 reads "Expired - files removed" since 2026: those are the expired magnets.
  expired: (magnet) => magnet.statusCode === 11,
  error: (magnet) => magnetGroup(magnet.statusCode) === "error" && magnet.statusCode !== 11,
};

function isFilter(value: string | undefined): value is MagnetStatusFilter {
  return value !== undefined && Object.hasOwn(FILTERS, value);
}

export function magnetStatus(ctx: HandlerContext) {
  const account = requireAccount(ctx);
  const { params, now, config, sql } = ctx;
  const at = (magnet: StoredMagnet) => magnetAt(magnet, now, config.paceMs);

  if (params.has("id")) {
    const id = parseMagnetId(params.get("id"));
    if (account.demo) {
      const magnet = DEMO_MAGNETS.find((demo) => demo.id === id);
      if (!magnet) throw new AllDebridError("MAGNET_INVALID_ID");
      // The docs: files are "available if a specific magnet was requested".
      return { magnets: withFiles(magnet, DEMO_FILES[magnet.id]) };
    }
    const magnet = id === null ? null : findMagnet(sql, account.apikey, id);
    if (!magnet) throw new AllDebridError("MAGNET_INVALID_ID");
    return { magnets: withFiles(at(magnet), filesTree(magnet)) };
  }

  if (params.has("session")) {
    const counter = params.int("counter") ?? 0;
    if (account.demo) return demoLiveStatus(counter, DEMO_MAGNETS);
    const current = listMagnets(sql, account.apikey).map(at);
    const key = { apikey: account.apikey, scope: "v4.1", session: params.get("session") ?? "" };
    return liveStatus(sql, key, counter, current, now);
  }

  const filterName = params.get("status");
  const filter = isFilter(filterName) ? FILTERS[filterName] : () => true;
  const magnets = account.demo ? DEMO_MAGNETS.filter(filter) : listMagnets(sql, account.apikey).map(at).filter(filter);
  return { magnets };
}
