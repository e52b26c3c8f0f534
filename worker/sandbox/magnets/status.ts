// /v4.1/magnet/status and the deprecated /v4/magnet/status: the list (with the `status` filter),
// one magnet by `id` (an object, as the real service answers), or live mode with session+counter.
import {
  AllDebridError,
  type FileNode,
  type Magnet,
  type MagnetStatusFilter,
  magnetGroup,
} from "../../../protocol/alldebrid";
import { type HandlerContext, requireAccount } from "../context";
import { DEMO_FILES, DEMO_MAGNETS, demoDeprecatedLinks } from "./demo";
import { type DeprecatedLink, deprecatedLinks, filesTree } from "./files";
import { demoLiveStatus, liveStatus } from "./live";
import { magnetAt } from "./progress";
import { findMagnet, listMagnets, parseMagnetId, type StoredMagnet } from "./store";

type DeprecatedMagnet = Magnet & { links: DeprecatedLink[] };

/** How one endpoint version shows a magnet, for real accounts and for the demo keys. */
interface Shape<M extends Magnet> {
  scope: string;
  show(magnet: StoredMagnet, status: Magnet): M;
  showDemo(magnet: Magnet): M;
  /** Extra detail when one magnet is asked for by id. */
  detail(magnet: StoredMagnet, status: Magnet): M;
  detailDemo(magnet: Magnet): M;
}

const withFiles = (status: Magnet, files: FileNode[] | undefined): Magnet =>
  status.statusCode === 4 && files ? { ...status, files } : status;

const CURRENT: Shape<Magnet> = {
  scope: "v4.1",
  show: (_magnet, status) => status,
  showDemo: (magnet) => magnet,
  // The docs: files are "available if a specific magnet was requested".
  detail: (magnet, status) => withFiles(status, filesTree(magnet)),
  detailDemo: (magnet) => withFiles(magnet, DEMO_FILES[magnet.id]),
};

const DEPRECATED: Shape<DeprecatedMagnet> = {
  scope: "v4",
  show: (magnet, status) => ({ ...status, links: status.statusCode === 4 ? deprecatedLinks(magnet) : [] }),
  showDemo: (magnet) => ({ ...magnet, links: demoDeprecatedLinks(magnet.id) }),
  detail: (magnet, status) => DEPRECATED.show(magnet, status),
  detailDemo: (magnet) => DEPRECATED.showDemo(magnet),
};

const FILTERS: Record<MagnetStatusFilter, (magnet: Magnet) => boolean> = {
  active: (magnet) => magnetGroup(magnet.statusCode) === "processing",
  ready: (magnet) => magnet.statusCode === 4,
  // Sandbox magnets are kept for ever, so none has expired.
  expired: () => false,
  error: (magnet) => magnetGroup(magnet.statusCode) === "error",
};

function isFilter(value: string | undefined): value is MagnetStatusFilter {
  return value !== undefined && Object.hasOwn(FILTERS, value);
}

function status<M extends Magnet>(ctx: HandlerContext, shape: Shape<M>) {
  const account = requireAccount(ctx);
  const { params, now, config, sql } = ctx;
  const at = (magnet: StoredMagnet) => magnetAt(magnet, now, config.paceMs);

  if (params.has("id")) {
    const id = parseMagnetId(params.get("id"));
    if (account.demo) {
      const magnet = DEMO_MAGNETS.find((demo) => demo.id === id);
      if (!magnet) throw new AllDebridError("MAGNET_INVALID_ID");
      return { magnets: shape.detailDemo(magnet) };
    }
    const magnet = id === null ? null : findMagnet(sql, account.apikey, id);
    if (!magnet) throw new AllDebridError("MAGNET_INVALID_ID");
    return { magnets: shape.detail(magnet, at(magnet)) };
  }

  if (params.has("session")) {
    const counter = params.int("counter") ?? 0;
    if (account.demo) return demoLiveStatus(counter, DEMO_MAGNETS.map(shape.showDemo));
    const current = listMagnets(sql, account.apikey).map((magnet) => shape.show(magnet, at(magnet)));
    const key = { apikey: account.apikey, scope: shape.scope, session: params.get("session") ?? "" };
    return liveStatus(sql, key, counter, current, now);
  }

  const filterName = params.get("status");
  const filter = isFilter(filterName) ? FILTERS[filterName] : () => true;
  const magnets = account.demo
    ? DEMO_MAGNETS.filter(filter).map(shape.showDemo)
    : listMagnets(sql, account.apikey)
        .map((magnet) => ({ magnet, status: at(magnet) }))
        .filter(({ status }) => filter(status))
        .map(({ magnet, status }) => shape.show(magnet, status));
  return { magnets };
}

export const magnetStatus = (ctx: HandlerContext) => status(ctx, CURRENT);
export const deprecatedMagnetStatus = (ctx: HandlerContext) => status(ctx, DEPRECATED);
