// Turns a file's AllDebrid link into a direct download link (web/alldebrid), reporting each
// step for the file's row: unlocking, preparing (a delayed link, with the time left), ready.
import { AllDebridError } from "../../protocol/alldebrid";
import { followDelayed, unlockLink } from "../alldebrid";

export type UnlockState =
  | { step: "idle" }
  | { step: "unlocking" }
  | { step: "preparing"; secondsLeft: number | null }
  | { step: "ready"; link: string }
  | { step: "failed"; error: unknown };

/** Resolves with the direct link; a magnet's files are never streams, so a quality choice is an error. */
export async function unlockFile(
  link: string,
  report: (state: UnlockState) => void,
  signal?: AbortSignal,
): Promise<string> {
  report({ step: "unlocking" });
  const unlocked = await unlockLink(link, { signal });
  if (unlocked.step === "ready") return unlocked.link;
  if (unlocked.step !== "delayed") throw new AllDebridError("LINK_ERROR");
  report({ step: "preparing", secondsLeft: null });
  return followDelayed(unlocked.delayedId, {
    signal,
    onWait: (secondsLeft) => report({ step: "preparing", secondsLeft }),
  });
}
