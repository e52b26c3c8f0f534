// Turning a magnet's file links into direct download links, for the files tree and for exports
// alike: one unlock per file link at a time, its step kept in one store (unlocking, preparing a
// delayed link with the time left, ready, failed) so every view of the file shows the same, and
// a direct link remembered for the session.
import { createStore } from "solid-js/store";
import { AllDebridError } from "../../protocol/alldebrid";
import { followDelayed, type Unlocking, unlockLink } from "../alldebrid";

export type UnlockState =
  | { step: "idle" }
  | { step: "unlocking" }
  | { step: "preparing"; readyAt: number | undefined }
  | { step: "ready"; link: string }
  | { step: "failed"; error: unknown };

const [fileUnlocks, setFileUnlocks] = createStore<Record<string, UnlockState>>({});

/** Each file link's step, by file link. */
export { fileUnlocks };

const running = new Map<string, Unlocking>();

/**
 * Starts (or joins) the unlock of a file link. A magnet's files are never streams, so a quality
 * choice is an error. `answered` settles once AllDebrid answered the unlock (with a link, or a
 * delayed link being prepared), `done` once the direct link is there.
 */
export function unlockFile(link: string): Unlocking {
  const known = fileUnlocks[link];
  if (known?.step === "ready") {
    const ready = Promise.resolve(known.link);
    return { answered: ready, done: ready };
  }
  const existing = running.get(link);
  if (existing) return existing;
  let markDelayed = () => {};
  const delayed = new Promise<void>((resolve) => {
    markDelayed = resolve;
  });
  setFileUnlocks(link, { step: "unlocking" });
  const done = directLink(link, markDelayed).then(
    (direct) => {
      setFileUnlocks(link, { step: "ready", link: direct });
      return direct;
    },
    (error: unknown) => {
      setFileUnlocks(link, { step: "failed", error });
      throw error;
    },
  );
  const answered = Promise.race([done, delayed]);
  // Whoever asked sees the failure through `done` or the file's step; nothing is left unhandled.
  answered.catch(() => undefined);
  const entry: Unlocking = { answered, done };
  running.set(link, entry);
  done.then(
    () => running.delete(link),
    () => running.delete(link),
  );
  return entry;
}

async function directLink(link: string, markDelayed: () => void): Promise<string> {
  const unlocked = await unlockLink(link);
  if (unlocked.step === "ready") return unlocked.link;
  if (unlocked.step !== "delayed") throw new AllDebridError("LINK_ERROR");
  markDelayed();
  setFileUnlocks(link, { step: "preparing", readyAt: undefined });
  return followDelayed(unlocked.delayedId, {
    onWait: (secondsLeft) =>
      setFileUnlocks(link, {
        step: "preparing",
        readyAt: secondsLeft === null ? undefined : Date.now() + secondsLeft * 1000,
      }),
  });
}
