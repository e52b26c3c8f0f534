// The two share settings, on the share screen itself: add shared magnets and torrents at once,
// unlock shared links at once.
import { createUniqueId, type JSX, onMount } from "solid-js";
import { autoAddMagnets, autoUnlockLinks, loadShareSettings, setAutoAddMagnets, setAutoUnlockLinks } from "./settings";
import { t } from "./strings";

export function ShareSettings(): JSX.Element {
  const addId = createUniqueId();
  const unlockId = createUniqueId();
  onMount(() => void loadShareSettings());
  return (
    <fieldset class="card share-settings">
      <legend>{t("automatic")}</legend>
      <div class="share-toggle">
        <input
          id={addId}
          type="checkbox"
          checked={autoAddMagnets()}
          onChange={(event) => void setAutoAddMagnets(event.currentTarget.checked)}
        />
        <label for={addId}>{t("autoAdd")}</label>
      </div>
      <div class="share-toggle">
        <input
          id={unlockId}
          type="checkbox"
          checked={autoUnlockLinks()}
          onChange={(event) => void setAutoUnlockLinks(event.currentTarget.checked)}
        />
        <label for={unlockId}>{t("autoUnlock")}</label>
      </div>
    </fieldset>
  );
}
