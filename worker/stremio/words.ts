// What the add-on tells a person in Stremio, which shows an item's description and a stream's
// name and description: the state of a magnet, and why a magnet cannot play here now, each with
// what to do. Stremio sends no language with its requests: the add-on speaks English.
import { magnetGroup } from "../../protocol/alldebrid";
import type { MagnetSummary, Offer } from "../account/stremio/asks";
import { FILES_REMOVED_STATUS } from "../account/stremio/play-problems";

/** "4.2 GB", "350 MB": sizes as Stremio users read them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(bytes / 1e6))} MB`;
}

/** One line on where a magnet stands. */
export function stateLine(magnet: MagnetSummary): string {
  const group = magnetGroup(magnet.statusCode);
  if (group === "ready") return `Ready in your AllDebrid · ${sizeText(magnet.size)}`;
  if (group === "processing") {
    const done = magnet.progress === null ? "" : ` ${magnet.progress}%`;
    return `Not ready yet: AllDebrid is still downloading it${done}`;
  }
  if (magnet.statusCode === FILES_REMOVED_STATUS) return "Its files were removed from AllDebrid";
  return `AllDebrid could not download it: ${magnet.status.replace(/\.$/, "")}`;
}

/** Why nothing of an offer can play here now; null when it has videos to play. */
export function whyNotPlayable(offer: Offer): string | null {
  if (offer.videos.length > 0) return null;
  const { magnet } = offer;
  const name = `“${magnet.name}”`;
  const group = magnetGroup(magnet.statusCode);
  if (group === "processing") {
    const done = magnet.progress === null ? "" : ` (${magnet.progress}% done)`;
    return `Not ready yet: AllDebrid is still downloading ${name}${done}. It plays here once it is ready; open it in Debrid to follow it.`;
  }
  if (magnet.statusCode === FILES_REMOVED_STATUS)
    return `AllDebrid removed the files of ${name}: it sat finished too long. Add the magnet again in Debrid to play it.`;
  if (group === "error")
    return `AllDebrid could not download ${name} (${magnet.status.replace(/\.$/, "")}). Open it in Debrid to restart it.`;
  if (offer.filesProblem)
    return `AllDebrid did not list the files of ${name} just now (${offer.filesProblem.message}). Try again in a moment, or open it in Debrid.`;
  return `${name} holds no video to play. Open it in Debrid to see its files.`;
}

/** AllDebrid refused this server's last unlock: said before the streams that may fail again. */
export function noServerWarning(at: number, name: string): string {
  const when = new Date(at).toISOString().slice(11, 16);
  return `AllDebrid refused to unlock files for this server (NO_SERVER, last at ${when} UTC). Open “${name}” in Debrid to play it from this device.`;
}

export const MAY_FAIL = "May fail: AllDebrid refused this server's last unlock.";

/** A stream list whose magnet went away. */
export const MAGNET_GONE = "This magnet is no longer in your AllDebrid. Open Debrid to see your magnets.";

/** The add-on could not ask AllDebrid or Cinemeta: their words, and what to do. */
export function cannotAsk(message: string): string {
  return `The add-on could not get an answer just now: ${message.replace(/\.$/, "")}. Try again in a moment, or open Debrid.`;
}
