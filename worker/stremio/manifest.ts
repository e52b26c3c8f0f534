// The add-on's manifest: one catalog of the account's magnets (type "other", as debrid library
// add-ons list theirs, with search and paging), meta for its own ids, and streams for its own ids
// and for IMDb ids (movie and episode pages). stremio-addon-linter accepts it (test/e2e).
import { version } from "../../package.json";
import { CATALOG_ID, ID_PREFIX, ITEM_TYPE, type Manifest } from "../../protocol/stremio";

export function manifestOf(origin: string): Manifest {
  const host = new URL(origin).host;
  return {
    id: "alldebrid-edge.library",
    version,
    name: "Debrid",
    description: `Your AllDebrid magnets from ${host}: play them, and find them on movie and episode pages.`,
    logo: `${origin}/icons/icon-192.png`,
    resources: [
      "catalog",
      { name: "meta", types: [ITEM_TYPE], idPrefixes: [ID_PREFIX] },
      { name: "stream", types: [ITEM_TYPE, "movie", "series"], idPrefixes: [ID_PREFIX, "tt"] },
    ],
    types: [ITEM_TYPE, "movie", "series"],
    idPrefixes: [ID_PREFIX, "tt"],
    catalogs: [
      {
        type: ITEM_TYPE,
        id: CATALOG_ID,
        name: "AllDebrid magnets",
        extra: [
          { name: "search", isRequired: false },
          { name: "skip", isRequired: false },
        ],
      },
    ],
    behaviorHints: { configurable: false, adult: false, p2p: false },
  };
}
