// Turns a file's AllDebrid link into a direct download link: /v4/link/unlock, and when the
// link needs time, /v4/link/delayed every 5 seconds until it is ready or failed.
import { AllDebridError, DELAYED_STATUS } from "../../protocol/alldebrid";
import { callApi } from "../api/client";

export const DELAYED_POLL_MS = 5_000;

export type UnlockState =
  | { step: "idle" }
  | { step: "unlocking" }
  | { step: "preparing"; secondsLeft: number | null }
  | { step: "ready"; link: string }
  | { step: "failed"; error: unknown };

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Resolves with the direct link; reports each step (preparing, with the time left) on the way. */
export async function unlockFile(
  link: string,
  report: (state: UnlockState) => void,
  signal?: AbortSignal,
): Promise<string> {
  report({ step: "unlocking" });
  const unlocked = await callApi("/v4/link/unlock", { link }, { signal });
  if (unlocked.link && !unlocked.delayed) return unlocked.link;
  if (!unlocked.delayed) throw new AllDebridError("LINK_ERROR");
  report({ step: "preparing", secondsLeft: null });
  for (;;) {
    await pause(DELAYED_POLL_MS, signal);
    const delayed = await callApi("/v4/link/delayed", { id: unlocked.delayed }, { signal });
    if (delayed.status === DELAYED_STATUS.ready && delayed.link) return delayed.link;
    if (delayed.status === DELAYED_STATUS.error) throw new AllDebridError("LINK_ERROR");
    report({ step: "preparing", secondsLeft: delayed.time_left ?? null });
  }
}
