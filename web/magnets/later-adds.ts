// Adds AllDebrid asked to try later (MAGNET_PROCESSING_COOLDOWN: by its name, the service is
// cooling down on that magnet): shown in the list with when they are tried again, and sent again
// by this device after 15 s, then a minute, then five, before it gives up and says why.
import { onCleanup } from "solid-js";
import { type Added, refusedWith } from "../alldebrid";
import type { LiveTarget } from "./live-apply";

const LATER_MS = [15_000, 60_000, 300_000] as const;

type Resend = (input: string) => Promise<Added[]>;

export function laterAdds({ state, setState }: Pick<LiveTarget, "state" | "setState">) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  onCleanup(() => {
    for (const timer of timers.values()) clearTimeout(timer);
  });

  function remove(key: string): void {
    clearTimeout(timers.get(key));
    timers.delete(key);
    setState("later", (later) => later.filter((add) => add.key !== key));
  }

  /** Shown with why it stopped, until the person takes it away. */
  function giveUp(key: string, error: string): void {
    clearTimeout(timers.get(key));
    timers.delete(key);
    setState("later", (add) => add.key === key, { at: null, error });
  }

  function schedule(input: string, name: string, resend: Resend, tries: number): void {
    const key = `later:${input}`;
    const delay = LATER_MS[tries];
    if (delay === undefined) {
      giveUp(key, "MAGNET_PROCESSING_COOLDOWN");
      return;
    }
    const at = Date.now() + delay;
    const shown = state.later.some((add) => add.key === key);
    if (shown) setState("later", (add) => add.key === key, { at, error: undefined });
    else setState("later", (later) => [...later, { key, name, at }]);
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(async () => {
        const [again] = await resend(input).catch((error: unknown): Added[] => [{ input, ok: false, error }]);
        if (!again || again.ok) remove(key);
        else if (refusedWith(again, "MAGNET_PROCESSING_COOLDOWN")) schedule(input, name, resend, tries + 1);
        else giveUp(key, (again.error as { code?: string } | null)?.code ?? "GENERIC");
      }, delay),
    );
  }

  return {
    /** Keeps for later the outcomes of an add that AllDebrid asked to try later; returns them as they were. */
    keep(added: Added[], resend: Resend, nameOf: (input: string) => string): Added[] {
      for (const outcome of added)
        if (refusedWith(outcome, "MAGNET_PROCESSING_COOLDOWN"))
          schedule(outcome.input, nameOf(outcome.input), resend, 0);
      return added;
    },
    /** The person gives up on an add kept for later. */
    cancelLater: remove,
  };
}
