// The recent history tab: links unlocked lately, each unlockable again or savable; the whole
// history purged after a confirmation.
import { useNavigate } from "@solidjs/router";
import { createSignal, Index, Show } from "solid-js";
import { type Confirmation, ConfirmDialog } from "../app/ConfirmDialog";
import { errorText } from "../i18n/errors";
import { useSaved } from "./context";
import { nameOf, SavedLinkRow } from "./SavedLinkRow";
import { t } from "./strings";

export function HistoryTab(props: { onNote: (text: string, error?: boolean) => void }) {
  const navigate = useNavigate();
  const [savedLinks, actions] = useSaved();
  const savedSet = () => new Set(savedLinks.saved.map((link) => link.link));
  const [ask, setAsk] = createSignal<Confirmation | null>(null);

  function confirmPurge(): void {
    setAsk({
      title: t("purgeTitle"),
      text: t("purgeText"),
      confirm: t("purgeConfirm"),
      danger: true,
      onConfirm: () => void purge(),
    });
  }

  async function purge(): Promise<void> {
    try {
      const outcome = await actions.purgeHistory();
      props.onNote(outcome === "queued" ? t("queued") : t("purged"));
    } catch (error) {
      props.onNote(errorText(error), true);
    }
  }

  async function save(link: string): Promise<void> {
    try {
      const outcome = await actions.saveLinks([link]);
      if (outcome.queued) props.onNote(t("queued"));
      else if (outcome.refused[0]) props.onNote(errorText(outcome.refused[0].error), true);
      else props.onNote(t("savedDone"));
    } catch (error) {
      props.onNote(errorText(error), true);
    }
  }

  return (
    <>
      <p class="muted small">{t("historyNote")}</p>
      <Show when={savedLinks.history.length > 0} fallback={<p class="muted">{t("historyEmpty")}</p>}>
        <div class="saved-toolbar">
          <button type="button" class="danger" onClick={confirmPurge}>
            {t("purge")}
          </button>
        </div>
        <ul class="saved-list">
          <Index each={savedLinks.history}>
            {(link) => (
              <SavedLinkRow link={link()}>
                <button
                  type="button"
                  class="primary"
                  aria-label={t("unlockLabel", { name: nameOf(link()) })}
                  onClick={() => navigate(`/links?unlock=${encodeURIComponent(link().link)}`)}
                >
                  {t("unlock")}
                </button>
                <button
                  type="button"
                  disabled={savedSet().has(link().link)}
                  aria-label={t("saveLabelOne", { name: nameOf(link()) })}
                  onClick={() => void save(link().link)}
                >
                  {t("save")}
                </button>
              </SavedLinkRow>
            )}
          </Index>
        </ul>
      </Show>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(null)} />
    </>
  );
}
