// Why a play route cannot redirect to a file, as an AllDebrid error with an HTTP status a player
// acts on: it never gets a 200 that is not the video. AllDebrid answers most refusals with HTTP
// 200; here each gets the status that says what it is (403 NO_SERVER, 409 still downloading,
// 410 files gone), and a passing fault its own (429, 502, 504).
import { AllDebridError, type Magnet, magnetGroup } from "../../../protocol/alldebrid";

/** AllDebrid's "Deleted on the hoster website": a magnet that sat finished too long lost its files. */
export const FILES_REMOVED_STATUS = 11;

/** Why a magnet has nothing to play now, or null when it is Ready. */
export function playProblem(magnet: Magnet | undefined): AllDebridError | null {
  if (!magnet) return new AllDebridError("MAGNET_INVALID_ID", "This magnet is no longer in your AllDebrid", 404);
  const group = magnetGroup(magnet.statusCode);
  if (group === "ready") return null;
  if (group === "processing")
    return new AllDebridError("MAGNET_PROCESSING", "This magnet is still downloading on AllDebrid", 409);
  if (magnet.statusCode === FILES_REMOVED_STATUS)
    return new AllDebridError("MAGNET_LINKS_REMOVED", "AllDebrid removed the files of this magnet: add it again", 410);
  return new AllDebridError(
    "MAGNET_PROCESSING_FAILED",
    `AllDebrid could not download this magnet: ${magnet.status}`,
    410,
  );
}

const STATUS_OF: Record<string, number> = {
  NO_SERVER: 403,
  MAGNET_INVALID_ID: 404,
  LINK_DOWN: 410,
  MAGNET_LINKS_REMOVED: 410,
  MAGNET_PROCESSING: 409,
};

/** An upstream refusal or fault, with a status that is never 200. */
export function unlockProblem(error: AllDebridError): AllDebridError {
  const status = STATUS_OF[error.code] ?? (error.status >= 400 ? error.status : 502);
  return new AllDebridError(error.code, error.message, status, { retryAfterSeconds: error.retryAfterSeconds });
}
