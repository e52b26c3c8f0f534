// "3 finished magnets cleaned up": said once per cleanup run on this device, when the account's
// cleanup rules deleted magnets (the live feed's `cleanup` message; docs/caps.md). The magnets
// themselves leave the list as every removal does.
import { type JSX, Show } from "solid-js";
import { useMagnets } from "../magnets/context";
import { t } from "./strings";
import "./caps.css";

export function CleanedNotice(): JSX.Element {
  const [state, actions] = useMagnets();
  return (
    <Show when={state.cleanupToSay}>
      {(run) => (
        <div class="cleaned-notice card" role="status">
          <p>
            <strong>{t("cleaned", { count: run().removed.length })}</strong>{" "}
            <span class="muted">{t("cleanedWhy", { count: run().removed.length })}</span>
          </p>
          <button type="button" onClick={() => actions.dismissCleanup()}>
            {t("ok")}
          </button>
        </div>
      )}
    </Show>
  );
}
