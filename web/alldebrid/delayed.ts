// Following a delayed link (the host prepares the file first) until it is ready: /v4.1/link/delayed
// every 5 s, as AllDebrid asks. A lost connection is waited out, each time a little longer; a
// preparation that fails throws DELAYED_FAILED, worded by errorText like any error.
import { AllDebridError, DELAYED_STATUS, type DelayedData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { DELAYED_FAILED } from "../i18n/errors";

/** AllDebrid asks for delayed links to be polled every 5 seconds or more. */
const DELAYED_POLL_MS = 5_000;

/** After this many polls lost in a row, the pause stops growing. */
const MAX_BACKOFF_STEPS = 6;

export interface FollowOptions {
  /** Each "not yet", with the seconds left when AllDebrid says. */
  onWait?: (secondsLeft: number | null) => void;
  /** Stops following: rejects with the signal's reason (AbortSignal.timeout gives up after a while). */
  signal?: AbortSignal;
}

/** Resolves with the download link once the host has prepared the file. */
export async function followDelayed(delayedId: number, options: FollowOptions = {}): Promise<string> {
  const { signal } = options;
  for (let misses = 0; ; ) {
    signal?.throwIfAborted();
    const answer = await poll(delayedId, signal);
    if (answer === null) misses++;
    else {
      misses = 0;
      if (answer.status === DELAYED_STATUS.ready && answer.link) return answer.link;
      if (answer.status === DELAYED_STATUS.error) throw new AllDebridError(DELAYED_FAILED);
      options.onWait?.(answer.time_left ?? null);
    }
    await pause(DELAYED_POLL_MS * Math.min(1 + misses, MAX_BACKOFF_STEPS), signal);
  }
}

/** One look at the delayed link; null when the connection was lost on the way. */
async function poll(delayedId: number, signal?: AbortSignal): Promise<DelayedData | null> {
  try {
    return await callApi("/v4.1/link/delayed", { id: delayedId }, { signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof AllDebridError && error.code === "UPSTREAM_UNAVAILABLE") return null;
    throw error;
  }
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", abort, { once: true });
  });
}
