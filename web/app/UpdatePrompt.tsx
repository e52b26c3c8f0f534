// Registers the service worker and, only when a new version is installed and waiting, offers
// to reload into it. The new worker takes over (SKIP_WAITING) only when the user agrees.
import { useRegisterSW } from "virtual:pwa-register/solid";
import { Show } from "solid-js";
import { defineStrings } from "../i18n";

const t = defineStrings({
  en: { ready: "A new version is ready.", reload: "Reload", later: "Later" },
  fr: { ready: "Une nouvelle version est prête.", reload: "Recharger", later: "Plus tard" },
});

/** How often an open app asks the server whether a new version exists. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update(), CHECK_EVERY_MS);
    },
  });
  /**
   * The plugin reloads on takeover only when this page was already controlled at start-up; a tab
   * opened on the very first visit was not, so reload on the controller change ourselves too.
   */
  function reloadIntoNewVersion(): void {
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    void updateServiceWorker(true);
  }
  return (
    <Show when={needRefresh()}>
      <div class="update-prompt card" role="alert" data-testid="update-prompt">
        <span>{t("ready")}</span>
        <div class="row">
          <button type="button" class="primary" onClick={() => reloadIntoNewVersion()}>
            {t("reload")}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {t("later")}
          </button>
        </div>
      </div>
    </Show>
  );
}
