// What an outbox entry does, in the user's words: worked out from the call it holds (its path
// and parameters) each time it is shown, so it reads in the language of the moment, with the
// plural that language uses for the count, and names what it carries when the call says.
import { type EndpointName, type RequestParams, resolveEndpoint } from "../../protocol/alldebrid";
import { magnetName } from "../hosts/detect";
import { defineStrings, type Lang, lang } from "../i18n";
import type { OutboxEntry } from "./schema";

const t = defineStrings({
  en: {
    addMagnets: "Add {count} {count:magnet|magnets}",
    addTorrents: "Add {count} .torrent {count:file|files}",
    deleteMagnets: "Delete {count} {count:magnet|magnets}",
    restartMagnets: "Restart {count} {count:magnet|magnets}",
    unlockLinks: "Unlock {count} {count:link|links}",
    saveLinks: "Save {count} {count:link|links}",
    deleteSavedLinks: "Delete {count} saved {count:link|links}",
    purgeHistory: "Purge the recent history",
    withNames: "{what}: {names}",
  },
  fr: {
    addMagnets: "Ajouter {count} {count:magnet|magnets}",
    addTorrents: "Ajouter {count} {count:fichier|fichiers} .torrent",
    deleteMagnets: "Supprimer {count} {count:magnet|magnets}",
    restartMagnets: "Relancer {count} {count:magnet|magnets}",
    unlockLinks: "Débrider {count} {count:lien|liens}",
    saveLinks: "Enregistrer {count} {count:lien|liens}",
    deleteSavedLinks: "Supprimer {count} {count:lien enregistré|liens enregistrés}",
    purgeHistory: "Vider l'historique récent",
    withNames: "{what} : {names}",
  },
});

type Key = Parameters<typeof t>[0];

/** What a queued call is: its sentence, how many things it acts on, and their names when known. */
interface Gist {
  key: Key;
  count: number;
  names: string[];
}

type Call = Pick<OutboxEntry, "params" | "files">;

/** A parameter's values as a list: `links[]` is an array, `id` a single value. */
function valuesOf(params: RequestParams, name: string): string[] {
  const value = params[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

const nameOfMagnet = (magnet: string) => magnetName(magnet) ?? magnet;
const named = (key: Key, names: string[]): Gist => ({ key, count: names.length, names });
const counted = (key: Key, count: number): Gist => ({ key, count, names: [] });

/** By endpoint name, so an entry queued by an older version of the app (under /v4.1/) reads the same. */
const GISTS: Partial<Record<EndpointName, (call: Call) => Gist>> = {
  "magnet/upload": ({ params }) => named("addMagnets", valuesOf(params, "magnets[]").map(nameOfMagnet)),
  "magnet/upload/file": ({ files }) =>
    named(
      "addTorrents",
      (files ?? []).map((file) => file.name),
    ),
  "magnet/delete": ({ params }) => counted("deleteMagnets", valuesOf(params, "id").length),
  "magnet/restart": ({ params }) =>
    counted("restartMagnets", valuesOf(params, "id").length + valuesOf(params, "ids[]").length),
  "link/unlock": ({ params }) => named("unlockLinks", valuesOf(params, "link")),
  "user/links/save": ({ params }) => named("saveLinks", valuesOf(params, "links[]")),
  "user/links/delete": ({ params }) => named("deleteSavedLinks", valuesOf(params, "links[]")),
  "user/history/delete": () => counted("purgeHistory", 0),
};

/** Names shown in full up to this many; a longer list ends with "…". */
const NAMES_SHOWN = 3;

/** "Add 2 magnets: ubuntu.iso, debian.iso" / "Ajouter 2 magnets : ubuntu.iso, debian.iso". */
export function describeEntry(entry: Pick<OutboxEntry, "path" | "params" | "files">, language: Lang = lang()): string {
  const name = resolveEndpoint(entry.path)?.name;
  const gist = name ? GISTS[name]?.(entry) : undefined;
  if (!gist) return entry.path;
  const what = t(gist.key, { count: gist.count }, language);
  if (gist.names.length === 0) return what;
  const shown = gist.names.slice(0, NAMES_SHOWN);
  const names = gist.names.length > NAMES_SHOWN ? `${shown.join(", ")}, …` : shown.join(", ");
  return t("withNames", { what, names }, language);
}
