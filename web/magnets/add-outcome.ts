// One line of the add panel's outcomes, worded from what the add workflow answered (web/alldebrid
// added.ts): added, ready, already there, queued offline, waiting in the account's line, added
// after making room, tried again later, or refused and why.
import { type Added, refusedWith } from "../alldebrid";
import { t as capsText } from "../caps/strings";
import { errorText } from "../i18n/errors";
import { t } from "./strings";

/** A typed line or a file name (`key`: as it was sent), what happened to it, and the refusal a button can act on. */
export interface AddOutcome {
  key: string;
  input: string;
  text: string;
  ok: boolean;
  /** Refused at 1000 magnets: "Delete the oldest finished" sends it again (web/caps/MakeRoom.tsx). */
  refused?: Added;
  /** The outbox entry of an add queued offline: the line follows it until it is sent. */
  entry?: number;
}

export function outcomeOf(result: Added): AddOutcome {
  const key = result.input;
  if (!result.ok) {
    const text = refusedWith(result, "MAGNET_PROCESSING_COOLDOWN") ? capsText("triedLater") : errorText(result.error);
    return { key, input: result.input, text, ok: false, refused: result.makeRoom ? result : undefined };
  }
  if (result.queued === "line")
    return { key, input: result.name, text: capsText("waitingInLine", { position: result.position }), ok: true };
  if (result.queued) return { key, input: result.input, text: t("queued"), ok: true, entry: result.entry };
  const text = result.madeRoom
    ? capsText("madeRoom", { count: result.madeRoom })
    : result.already
      ? t("already")
      : result.magnet.ready
        ? t("addedReady")
        : t("added");
  return { key, input: result.magnet.name, text, ok: true };
}
