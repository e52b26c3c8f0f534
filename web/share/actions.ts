// Acting on one shared item with the app's AllDebrid workflows (web/alldebrid): add a magnet or
// torrent, unlock or save a link, expand a redirector. Offline, an add, unlock or save waits in
// the outbox and is sent once the device is back; an expand needs the connection.
import { AllDebridError } from "../../protocol/alldebrid";
import {
  type Added,
  addMagnets,
  addTorrents,
  bestStream,
  chooseStream,
  followDelayed,
  readUnlock,
  saveLinks,
  sendOrQueue,
  type Unlocked,
} from "../alldebrid";
import { callApi } from "../api/client";
import { online } from "../offline/online";
import type { ShareAction, ShareItem } from "./items";

export type Outcome =
  | { kind: "added"; name: string; ready: boolean }
  | { kind: "unlocked"; link: string; filename: string }
  | { kind: "preparing"; filename: string }
  | { kind: "saved" }
  | { kind: "expanded"; links: string[] }
  | { kind: "queued" }
  | { kind: "failed"; error: unknown };

/** Thrown for an expand asked offline: a redirector's links cannot be waited for in the outbox. */
export class NeedsConnection extends Error {}

/** A delayed link is waited for this long on the share screen; then it keeps preparing upstream. */
const DELAYED_WAIT_MS = 60_000;

export async function perform(item: ShareItem, action: ShareAction): Promise<Outcome> {
  try {
    if (action === "add" && item.kind === "magnet") return added((await addMagnets([item.magnet]))[0]);
    if (action === "add" && item.kind === "torrent") {
      const name = item.fileName || `${item.torrent.name}.torrent`;
      return added((await addTorrents([{ name, data: item.data }]))[0]);
    }
    if ("link" in item && item.kind !== "unsupported") {
      if (action === "unlock") return await unlock(item.link);
      if (action === "save") return (await saveLinks([item.link])).queued ? { kind: "queued" } : { kind: "saved" };
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
  if (outcome.queued) return { kind: "queued" };
  return { kind: "added", name: outcome.magnet.name, ready: outcome.magnet.ready };
}

/** A stream takes its best quality: the share screen has no room to ask. */
async function unlock(link: string): Promise<Outcome> {
  const sent = await sendOrQueue("/v4.1/link/unlock", { link });
  if (sent.queued) return { kind: "queued" };
  let unlocked: Unlocked = await readUnlock(sent.data);
  if (unlocked.step === "quality") {
    const best = bestStream(unlocked.streams);
    if (!best) throw new AllDebridError("LINK_ERROR");
    unlocked = await chooseStream(unlocked.generation, best.id);
  }
  if (unlocked.step === "ready") return { kind: "unlocked", link: unlocked.link, filename: unlocked.filename };
  if (unlocked.step !== "delayed") throw new AllDebridError("LINK_ERROR");
  try {
    const ready = await followDelayed(unlocked.delayedId, { signal: AbortSignal.timeout(DELAYED_WAIT_MS) });
    return { kind: "unlocked", link: ready, filename: unlocked.filename };
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") {
      return { kind: "preparing", filename: unlocked.filename };
    }
    throw error;
  }
}

async function expand(link: string): Promise<Outcome> {
  if (!online()) throw new NeedsConnection();
  const { links } = await callApi("/v4.1/link/redirector", { link });
  return { kind: "expanded", links };
}
