// The account's waiting line as this device follows it (docs/caps.md): the live feed's `line`
// messages, and while AllDebrid has room (`free`) and magnets wait, this device takes the next
// ones and sends them itself (AllDebrid refuses uploads from servers), then says how it went.
// Every open device tries; the account's object gives each magnet to one of them.

import { createEffect, onCleanup } from "solid-js";
import { reconcile } from "solid-js/store";
import type { LineDoneBody } from "../../protocol/api-bodies";
import type { TakenMagnets, WaitingLine } from "../../protocol/line";
import { addMagnets, refusedWith } from "../alldebrid";
import { appApi } from "../api/app-api";
import type { Account } from "../app/store-context";
import { online } from "../offline/online";
import { type LiveTarget, showUploaded } from "./live-apply";

/** After AllDebrid refused the line's magnet again (its room was gone by then), a pause before trying again. */
const PAUSE_MS = 5_000;

export function waitingLine(list: LiveTarget, account: Account) {
  const { state, setState } = list;
  let sending = false;
  let pausedUntil = 0;
  let pause: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(pause));

  const show = (line: WaitingLine) => setState("line", reconcile(line, { key: "id" }));
  const canSend = () => state.line.free > 0 && state.line.magnets.some((magnet) => !magnet.sending);

  async function sendNext(): Promise<void> {
    if (sending || Date.now() < pausedUntil || !online()) return;
    sending = true;
    try {
      const { magnets } = await appApi<TakenMagnets>("/api/line/take", { method: "POST", apikey: account.apikey });
      if (magnets.length === 0) return;
      const added = await addMagnets(
        magnets.map((magnet) => magnet.magnet),
        { caps: false },
      );
      for (const outcome of added) if (outcome.ok && outcome.queued === false) showUploaded(list, outcome.magnet);
      const refusedAgain = new Set(
        added.filter((outcome) => refusedWith(outcome, "MAGNET_TOO_MANY_ACTIVE")).map((o) => o.input),
      );
      const waiting = magnets.filter((magnet) => refusedAgain.has(magnet.magnet)).map((magnet) => magnet.id);
      const sent = magnets.filter((magnet) => !refusedAgain.has(magnet.magnet)).map((magnet) => magnet.id);
      if (waiting.length > 0) pauseThenLook();
      show(
        await appApi<WaitingLine>("/api/line/done", {
          method: "POST",
          apikey: account.apikey,
          json: { sent, waiting } satisfies LineDoneBody,
        }),
      );
    } catch {
      pauseThenLook();
    } finally {
      sending = false;
    }
  }

  function pauseThenLook(): void {
    pausedUntil = Date.now() + PAUSE_MS;
    clearTimeout(pause);
    pause = setTimeout(() => {
      if (canSend()) void sendNext();
    }, PAUSE_MS);
  }

  createEffect(() => {
    if (canSend()) void sendNext();
  });

  return {
    /** A `line` message of the live feed. */
    show,
    /** The socket (re)opened: the object sends the line after its first message if anyone waits. */
    forget: () => show({ magnets: [], free: 0 }),
    actions: {
      /** The person takes a magnet out of the line. */
      cancelWaiting: async (id: number) =>
        show(await appApi<WaitingLine>(`/api/line/${id}`, { method: "DELETE", apikey: account.apikey })),
    },
  };
}
