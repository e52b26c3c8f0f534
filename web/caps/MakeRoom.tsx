// Beside adds refused at 1000 magnets (MAGNET_TOO_MANY) when no cleanup rule is on: "Delete the
// oldest finished", which deletes as many of the oldest finished magnets as were refused and adds
// them again, once (docs/caps.md). With a rule on, the add did that by itself.
import { createSignal, type JSX, Show } from "solid-js";
import { type AddOutcome, outcomeOf } from "../magnets/add-outcome";
import { useMagnets } from "../magnets/context";
import { t } from "./strings";
import "./caps.css";

export function MakeRoom(props: {
  outcomes: AddOutcome[];
  setOutcomes: (outcomes: AddOutcome[]) => void;
}): JSX.Element {
  const [, actions] = useMagnets();
  const [busy, setBusy] = createSignal(false);
  const refused = () => props.outcomes.filter((outcome) => outcome.refused);

  async function makeRoom(): Promise<void> {
    const first = refused()[0]?.refused;
    if (!first) return;
    setBusy(true);
    try {
      const again = new Map((await actions.makeRoom(first)).map((added) => [added.input, outcomeOf(added)]));
      props.setOutcomes(props.outcomes.map((outcome) => again.get(outcome.key) ?? outcome));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show when={refused().length}>
      <div class="make-room">
        <p id="make-room-hint">
          {t("full")} {t("makeRoomHint", { count: refused().length })}
        </p>
        <button
          type="button"
          class="primary"
          aria-describedby="make-room-hint"
          disabled={busy()}
          onClick={() => void makeRoom()}
        >
          {busy() ? t("makingRoom") : t("makeRoom")}
        </button>
      </div>
    </Show>
  );
}
