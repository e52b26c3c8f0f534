// The saved links tab: save new links, pick one or many to delete (after a confirmation),
// unlock one on the Links screen.
import { useNavigate } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { RefusedLink } from "../alldebrid";
import { type Confirmation, ConfirmDialog } from "../app/ConfirmDialog";
import { extractLinks } from "../hosts/detect";
import { errorText } from "../i18n/errors";
import { useSaved } from "./context";
import { nameOf, SavedLinkRow } from "./SavedLinkRow";
import { t } from "./strings";

export function SavedTab(props: { onNote: (text: string, error?: boolean) => void }) {
  const navigate = useNavigate();
  const [savedLinks, actions] = useSaved();
  const [text, setText] = createSignal("");
  const [saving, setSaving] = createSignal(false);
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const [ask, setAsk] = createSignal<Confirmation | null>(null);
  /** The links of the last save that AllDebrid refused, each with why; gone once the user moves on. */
  const [refused, setRefused] = createSignal<RefusedLink[]>([]);

  const toggle = (link: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(link);
      else next.delete(link);
      return next;
    });
  const chosen = () => savedLinks.saved.filter((link) => selected().has(link.link)).map((link) => link.link);
  const allSelected = () => savedLinks.saved.length > 0 && chosen().length === savedLinks.saved.length;

  async function save(): Promise<void> {
    const links = extractLinks(text());
    if (links.length === 0) return props.onNote(t("noLinkFound"), true);
    setSaving(true);
    setRefused([]);
    try {
      const outcome = await actions.saveLinks(links);
      if (outcome.queued) {
        setText("");
        return props.onNote(t("queued"));
      }
      // Only the refused links stay in the box, to be fixed or removed.
      setText(outcome.refused.map((entry) => entry.link).join("\n"));
      setRefused(outcome.refused);
      if (outcome.saved.length > 0) props.onNote(t("savedCount", { count: outcome.saved.length }));
      else props.onNote("");
    } catch (error) {
      props.onNote(errorText(error), true);
    } finally {
      setSaving(false);
    }
  }

  function confirmRemove(links: string[]): void {
    if (links.length === 0) return;
    setAsk({
      title: t("deleteTitle", { count: links.length }),
      text: t("deleteText"),
      confirm: t("deleteOne"),
      danger: true,
      onConfirm: () => void remove(links),
    });
  }

  async function remove(links: string[]): Promise<void> {
    try {
      const outcome = await actions.deleteSaved(links);
      setSelected(new Set<string>());
      props.onNote(outcome === "queued" ? t("queued") : t("deleted"));
    } catch (error) {
      props.onNote(errorText(error), true);
    }
  }

  return (
    <>
      <form
        class="card saved-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label for="save-input">{t("saveLabel")}</label>
        <textarea
          id="save-input"
          rows={2}
          spellcheck={false}
          aria-describedby="save-hint"
          value={text()}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setRefused([]);
            props.onNote("");
          }}
        />
        <p id="save-hint" class="muted small">
          {t("saveHint")}
        </p>
        <button type="submit" class="primary" disabled={saving() || text().trim() === ""}>
          {saving() ? t("saving") : t("save")}
        </button>
        <Show when={refused().length > 0}>
          <div class="saved-refused" role="alert">
            <p>{t("refusedTitle", { count: refused().length })}</p>
            <ul>
              <For each={refused()}>
                {(entry) => (
                  <li>
                    <span class="saved-refused-link">{entry.link}</span>{" "}
                    <span class="error">{errorText(entry.error)}</span>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>
      </form>
      <Show when={savedLinks.saved.length > 0} fallback={<p class="muted">{t("savedEmpty")}</p>}>
        <div class="saved-toolbar">
          <label class="saved-check">
            <input
              type="checkbox"
              checked={allSelected()}
              onChange={(event) =>
                setSelected(new Set<string>(event.currentTarget.checked ? savedLinks.saved.map((l) => l.link) : []))
              }
            />
            {t("selectAll")}
          </label>
          <button type="button" class="danger" disabled={chosen().length === 0} onClick={() => confirmRemove(chosen())}>
            {t("deleteSelected", { count: chosen().length })}
          </button>
        </div>
        <ul class="saved-list">
          <For each={savedLinks.saved}>
            {(link) => (
              <SavedLinkRow
                link={link}
                leading={
                  <input
                    type="checkbox"
                    class="saved-select"
                    aria-label={t("select", { name: nameOf(link) })}
                    checked={selected().has(link.link)}
                    onChange={(event) => toggle(link.link, event.currentTarget.checked)}
                  />
                }
              >
                <button
                  type="button"
                  class="primary"
                  aria-label={t("unlockLabel", { name: nameOf(link) })}
                  onClick={() => navigate(`/links?unlock=${encodeURIComponent(link.link)}`)}
                >
                  {t("unlock")}
                </button>
                <button
                  type="button"
                  class="danger"
                  aria-label={t("deleteLabel", { name: nameOf(link) })}
                  onClick={() => confirmRemove([link.link])}
                >
                  {t("deleteOne")}
                </button>
              </SavedLinkRow>
            )}
          </For>
        </ul>
      </Show>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(null)} />
    </>
  );
}
