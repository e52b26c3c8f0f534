// "Add again" beside an expired magnet (status 11, "Expired – files removed": AllDebrid removed
// its files after it sat finished for long): shown when the magnet's hash is known (the
// deployment keeps those of magnets added through it), it uploads the same magnet again.
import { createSignal, type JSX, Show } from "solid-js";
import type { Magnet } from "../../protocol/alldebrid";
import { hashOf } from "../alldebrid";
import { useMagnets } from "../magnets/context";
import { t } from "./strings";
import "./caps.css";

export function AddAgainButton(props: { magnet: Magnet }): JSX.Element {
  const [, actions] = useMagnets();
  const [busy, setBusy] = createSignal(false);
  const offered = () => props.magnet.statusCode === 11 && hashOf(props.magnet) !== undefined;
  return (
    <Show when={offered()}>
      <button
        type="button"
        class="add-again"
        disabled={busy()}
        aria-label={t("addAgainNamed", { name: props.magnet.filename })}
        onClick={() => {
          setBusy(true);
          void actions.addAgain(props.magnet).finally(() => setBusy(false));
        }}
      >
        {t("addAgain")}
      </button>
    </Show>
  );
}
