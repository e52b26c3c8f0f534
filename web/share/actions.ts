// Acting on one shared item with the app's AllDebrid workflows (web/alldebrid): add a magnet or
// torrent, save a link, expand a redirector. Offline, an add or save waits in the outbox and is
// sent once the device is back; an expand needs the connection. (An unlock is handed to the
// Links screen's store, which shows it here and keeps it among its results: ShareView.)
import { AllDebridError } from "../../protocol/alldebrid";
import { type Added, addMagnets, addTorrents, saveLink } from "../alldebrid";
import { callApi } from "../api/client";
import { online } from "../offline/online";
import type { ShareAction, ShareItem } from "./items";

export type Outcome =
  | { kind: "added"; name: string; ready: boolean; already: boolean }
  | { kind: "saved" }
  | { kind: "expanded"; links: string[] }
  | { kind: "queued" }
  /** Refused at 30 magnets processing: it waits in the account's line (docs/caps.md). */
  | { kind: "waiting"; name: string; position: number }
  | { kind: "failed"; error: unknown };

/** Thrown for an expand asked offline: a redirector's links cannot be waited for in the outbox. */
export class NeedsConnection extends Error {}

export async function perform(item: ShareItem, action: Exclude<ShareAction, "unlock">): Promise<Outcome> {
  try {
    if (action === "add" && item.kind === "magnet") return added((await addMagnets([item.magnet]))[0]);
    if (action === "add" && item.kind === "torrent") {
      const name = item.fileName || `${item.torrent.name}.torrent`;
      return added((await addTorrents([{ name, data: item.data }]))[0]);
    }
    if ("link" in item && item.kind !== "unsupported") {
      if (action === "save") return (await saveLink(item.link)) === "queued" ? { kind: "queued" } : { kind: "saved" };
      if (action === "expand") return await expand(item.link);
    }
    throw new RangeError(`${action} does not apply to ${item.kind}`);
  } catch (error) {
    return { kind: "failed", error };
  }
}

function added(outcome: Added | undefined): Outcome {
  if (!outcome) throw new AllDebridError("MAGNET_UPLOAD_FAILED");
  if (!outcome.ok) throw outcome.error;
  if (outcome.queued === "line") return { kind: "waiting", name: outcome.name, position: outcome.position };
  if (outcome.queued) return { kind: "queued" };
  return { kind: "added", name: outcome.magnet.name, ready: outcome.magnet.ready, already: outcome.already };
}

async function expand(link: string): Promise<Outcome> {
  if (!online()) throw new NeedsConnection();
  const { links } = await callApi("/v4.1/link/redirector", { link });
  return { kind: "expanded", links };
}
