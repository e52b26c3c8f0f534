// Turning a magnet's file links into direct download links, for the files tree and for exports
// alike: one unlock per file link at a time, its step kept (unlocking, preparing a delayed link
// with the time left, ready, failed) so every view of the file shows the same, and a direct link
// remembered as long as the store that keeps the steps (magnet-files.ts).
import type { SetStoreFunction } from "solid-js/store";
import { AllDebridError } from "../../protocol/alldebrid";
import { followDelayed, type Unlocking, unlockLink } from "../alldebrid";

export type UnlockState =
  | { step: "idle" }
  | { step: "unlocking" }
  | { step: "preparing"; readyAt: number | undefined }
  | { step: "ready"; link: string }
  | { step: "failed"; error: unknown };

/** Each file link's step, by file link. */
export type FileSteps = Record<string, UnlockState>;

/**
 * Starts (or joins) the unlock of a file link. A magnet's files are never streams, so a quality
 * choice is an error. `answered` settles once AllDebrid answered the unlock (with a link, or a
 * delayed link being prepared), `done` once the direct link is there.
 */
export function fileUnlocker(steps: FileSteps, setSteps: SetStoreFunction<FileSteps>): (link: string) => Unlocking {
  const running = new Map<string, Unlocking>();
  return (link) => {
    const known = steps[link];
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
    setSteps(link, { step: "unlocking" });
    const done = directLink(link, setSteps, markDelayed).then(
      (direct) => {
        setSteps(link, { step: "ready", link: direct });
        return direct;
      },
      (error: unknown) => {
        setSteps(link, { step: "failed", error });
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
  };
}

async function directLink(link: string, setSteps: SetStoreFunction<FileSteps>, markDelayed: () => void) {
  const unlocked = await unlockLink(link);
  if (unlocked.step === "ready") return unlocked.link;
  if (unlocked.step !== "delayed") throw new AllDebridError("LINK_ERROR");
  markDelayed();
  setSteps(link, { step: "preparing", readyAt: undefined });
  return followDelayed(unlocked.delayedId, {
    onWait: (secondsLeft) =>
      setSteps(link, {
        step: "preparing",
        readyAt: secondsLeft === null ? undefined : Date.now() + secondsLeft * 1000,
      }),
  });
}
