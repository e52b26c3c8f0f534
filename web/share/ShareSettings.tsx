// The two share settings (add shared magnets and torrents at once, unlock shared links at once),
// shown on the share screen and on Settings under a heading each screen names.
import { type JSX, onMount } from "solid-js";
import { autoAddMagnets, autoUnlockLinks, loadShareSettings, setAutoAddMagnets, setAutoUnlockLinks } from "./settings";
import { t } from "./strings";

export function ShareSettings(props: { legend: string; class?: string }): JSX.Element {
  onMount(() => void loadShareSettings());
  return (
    <fieldset class={`card ${props.class ?? ""}`}>
      <legend>{props.legend}</legend>
      <label class="choice">
        <input
          type="checkbox"
          checked={autoAddMagnets()}
          onChange={(event) => void setAutoAddMagnets(event.currentTarget.checked)}
        />
        {t("autoAdd")}
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={autoUnlockLinks()}
          onChange={(event) => void setAutoUnlockLinks(event.currentTarget.checked)}
        />
        {t("autoUnlock")}
      </label>
    </fieldset>
  );
}
