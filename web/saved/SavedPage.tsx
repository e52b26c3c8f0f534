// The Saved screen: the account's saved links and its recent history as two tabs, shown at
// once from the device and refreshed from AllDebrid.

import { createSignal, type JSX, onMount, Show } from "solid-js";
import { ScreenHeader } from "../app/ScreenHeader";
import { HistoryTab } from "./HistoryTab";
import { SavedTab } from "./SavedTab";
import "./saved.css";
import { useSaved } from "./context";
import { t } from "./strings";

type Tab = "saved" | "history";

export default function SavedScreen(): JSX.Element {
  const [savedLinks, actions] = useSaved();
  const [tab, setTab] = createSignal<Tab>("saved");
  const [note, setNote] = createSignal<{ text: string; error?: boolean } | null>(null);
  const onNote = (text: string, error?: boolean) => setNote({ text, error });

  onMount(() => void actions.refresh());

  /** Arrow keys move between the two tabs, as the tabs pattern expects. */
  function onTabKey(event: KeyboardEvent): void {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next: Tab = tab() === "saved" ? "history" : "saved";
    setTab(next);
    setNote(null);
    document.getElementById(`tab-${next}`)?.focus();
  }

  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={tab() === id}
      aria-controls={tab() === id ? `panel-${id}` : undefined}
      tabIndex={tab() === id ? 0 : -1}
      classList={{ active: tab() === id }}
      onClick={() => {
        setTab(id);
        setNote(null);
      }}
      onKeyDown={onTabKey}
    >
      {label}
    </button>
  );

  return (
    <section class="saved-page" aria-labelledby="saved-title">
      <ScreenHeader
        id="saved-title"
        title={t("title")}
        loading={savedLinks.loading}
        onRefresh={() => void actions.refresh()}
        savedAt={savedLinks.savedAt}
        error={savedLinks.loadError}
      />
      <p role="status" class={note()?.error ? "error" : "muted"}>
        {note()?.text ?? ""}
      </p>
      <div class="saved-tabs" role="tablist" aria-label={t("tabs")}>
        {tabButton("saved", t("savedTab", { count: savedLinks.saved.length }))}
        {tabButton("history", t("historyTab", { count: savedLinks.history.length }))}
      </div>
      <div id={`panel-${tab()}`} role="tabpanel" aria-labelledby={`tab-${tab()}`} class="saved-panel">
        <Show when={tab() === "saved"} fallback={<HistoryTab onNote={onNote} />}>
          <SavedTab onNote={onNote} />
        </Show>
      </div>
    </section>
  );
}
