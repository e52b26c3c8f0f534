// The Links screen: paste links (or any text holding them), see each recognised on the device,
// then unlock, expand, pick a quality, wait for delayed links, or send magnets to the magnets.
// Other screens hand a link over in the address: ?link= fills the field, ?unlock= unlocks it.

import { useSearchParams } from "@solidjs/router";
import { createSignal, For, type JSX, onMount, Show } from "solid-js";
import { type Confirmation, ConfirmDialog } from "../app/ConfirmDialog";
import { ExportMenu } from "../export/ExportMenu";
import type { ExportFile } from "../export/formats";
import { hostsCatalogue, hostsSavedAt, loadHosts } from "../hosts/catalogue";
import { lang } from "../i18n";
import { errorText } from "../i18n/errors";
import { describeAge } from "../offline/age";
import { useLinks } from "./context";
import { LinkCard } from "./LinkCard";
import "./links.css";
import { t } from "./strings";

export default function LinksScreen(): JSX.Element {
  const [links, actions] = useLinks();
  const [searchParams, setSearchParams] = useSearchParams<{ link?: string; unlock?: string }>();
  const [text, setText] = createSignal("");
  const [note, setNote] = createSignal("");
  const [hostsError, setHostsError] = createSignal<unknown>(null);
  const [ask, setAsk] = createSignal<Confirmation | null>(null);

  onMount(() => {
    loadHosts().catch(setHostsError);
    // The "Unlock link" shortcut hands a link over in ?link=, the Saved screen in ?unlock=; once.
    const { link, unlock } = searchParams;
    if (link) setText(link);
    if (unlock) void actions.unlockNow(unlock);
    if (link || unlock) setSearchParams({ link: undefined, unlock: undefined }, { replace: true });
  });

  async function submit(): Promise<void> {
    const count = await actions.addText(text());
    setNote(count > 0 ? t("added", { count }) : t("noneFound"));
    if (count > 0) setText("");
  }

  function confirmClear(): void {
    setAsk({
      title: t("clearTitle", { count: links.items.length }),
      text: t("clearText"),
      confirm: t("clearConfirm"),
      danger: true,
      onConfirm: actions.clearLinks,
    });
  }

  /** The download links on screen, in the list's order, for an export. */
  const results = (): ExportFile[] =>
    links.items.flatMap((item) =>
      item.step === "unlocked" && item.result?.link
        ? [{ url: item.result.link, name: item.result.filename || item.name || item.link, group: t("title"), path: [] }]
        : [],
    );

  const unlockable = () =>
    links.items.filter(
      (item) => item.step === "new" && (item.kind === "host" || item.kind === "stream" || item.kind === "unknown"),
    ).length;

  return (
    <section class="links-page" aria-labelledby="links-title">
      <h1 id="links-title">{t("title")}</h1>
      <form
        class="card links-paste"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label for="links-input">{t("pasteLabel")}</label>
        <textarea
          id="links-input"
          rows={3}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="links-hint"
          value={text()}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        <p id="links-hint" class="muted small">
          {t("pasteHint")}
        </p>
        <div class="links-paste-row">
          <button type="submit" class="primary" disabled={text().trim() === ""}>
            {t("add")}
          </button>
          <p class="muted small" role="status">
            {note()}
          </p>
        </div>
        <p class="muted small">
          <Show
            when={hostsCatalogue()}
            fallback={hostsError() ? `${t("hostsFailed")} (${errorText(hostsError())})` : t("hostsLoading")}
          >
            {t("hostsAge", { age: describeAge(Date.now() - (hostsSavedAt() ?? Date.now()), lang()) })}
          </Show>
        </p>
      </form>

      <Show when={links.restoredFrom}>
        {(savedAt) => (
          <p class="muted links-restored">{t("restored", { age: describeAge(Date.now() - savedAt(), lang()) })}</p>
        )}
      </Show>

      <Show when={links.items.length > 0} fallback={<p class="muted links-empty">{t("empty")}</p>}>
        <div class="links-toolbar">
          <Show when={unlockable() > 0}>
            <button type="button" class="primary" onClick={() => void actions.unlockAll()}>
              {t("unlockAll")} ({unlockable()})
            </button>
          </Show>
          <button type="button" onClick={confirmClear}>
            {t("clear")}
          </button>
          <Show when={results().length > 0}>
            <ExportMenu
              name={t("resultsName", { count: results().length })}
              fileBase="debrid-links"
              collect={async () => ({ files: results(), failed: 0 })}
            />
          </Show>
        </div>
        <ul class="links-list" aria-label={t("listLabel")}>
          <For each={links.items}>{(item) => <LinkCard item={item} />}</For>
        </ul>
      </Show>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(null)} />
    </section>
  );
}
