// The Magnets screen: the live list with filters, search and sort; adding by link, hash or
// .torrent file (also dropped anywhere on the page, or opened by /?add=magnet); deleting and
// restarting one or many after a confirmation.

import { useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { type Confirmation, ConfirmDialog } from "../app/ConfirmDialog";
import { withStore } from "../app/store-context";
import { errorText } from "../i18n/errors";
import { AddMagnets, type AddOutcome, outcomeOf, torrentsAmong } from "./AddMagnets";
import { ConnectionLine } from "./ConnectionLine";
import { MagnetsProvider, useMagnets } from "./context";
import { MagnetRow } from "./MagnetRow";
import { MoreRows, ROWS_PER_STEP } from "./MoreRows";
import type { WriteFailure } from "./magnet-writes";
import { t } from "./strings";
import { Toolbar } from "./Toolbar";
import { MAGNET_FILTERS, MAGNET_SORTS, type ViewOptions, visibleMagnets } from "./view";
import "./magnets.css";

export default withStore(MagnetsProvider, MagnetsScreen);

const VIEW_KEY = "magnets-view";

function savedView(): ViewOptions {
  const view: ViewOptions = { filter: "all", search: "", sort: "newest" };
  try {
    const saved = JSON.parse(localStorage.getItem(VIEW_KEY) ?? "{}") as Partial<ViewOptions>;
    if (saved.filter && MAGNET_FILTERS.includes(saved.filter)) view.filter = saved.filter;
    if (saved.sort && MAGNET_SORTS.includes(saved.sort)) view.sort = saved.sort;
  } catch {
    // A damaged preference is simply forgotten.
  }
  return view;
}

function MagnetsScreen(): JSX.Element {
  const [state, actions] = useMagnets();
  const [params, setParams] = useSearchParams();
  const [view, setView] = createStore<ViewOptions>(savedView());
  const [adding, setAdding] = createSignal(params.add === "magnet");
  const [outcomes, setOutcomes] = createSignal<AddOutcome[]>([]);
  const [selecting, setSelecting] = createSignal(false);
  const [selected, setSelected] = createStore<Record<number, boolean>>({});
  const [ask, setAsk] = createSignal<Confirmation | null>(null);
  const [failures, setFailures] = createSignal<WriteFailure[]>([]);
  const [dragging, setDragging] = createSignal(false);

  // The manifest shortcut opens the form once; a reload should not reopen it.
  if (params.add) setParams({ add: undefined }, { replace: true });

  const shown = createMemo(() => visibleMagnets(state.magnets, view));
  const [rowLimit, setRowLimit] = createSignal(ROWS_PER_STEP);
  const rendered = createMemo(() => shown().slice(0, rowLimit()));
  const selectedIds = () => state.magnets.filter((m) => selected[m.id]).map((m) => m.id);

  function changeView(change: Partial<ViewOptions>): void {
    setView(change);
    localStorage.setItem(VIEW_KEY, JSON.stringify({ filter: view.filter, sort: view.sort }));
  }

  function stopSelecting(): void {
    setSelecting(false);
    setSelected(reconcile({}));
  }

  function confirmDelete(magnets: Magnet[]): void {
    if (magnets.length === 0) return;
    const one = magnets.length === 1 ? magnets[0] : undefined;
    setAsk({
      title: one ? t("confirmDeleteOne", { name: one.filename }) : t("confirmDeleteMany", { count: magnets.length }),
      text: t("confirmDeleteText"),
      confirm: t("delete"),
      danger: true,
      onConfirm: () => {
        const ids = magnets.map((m) => m.id);
        stopSelecting();
        void actions.deleteMagnets(ids).then(setFailures);
      },
    });
  }

  function confirmRestart(magnets: Magnet[]): void {
    const failed = magnets.filter((m) => magnetGroup(m.statusCode) === "error");
    if (failed.length === 0) return;
    const one = failed.length === 1 ? failed[0] : undefined;
    setAsk({
      title: one ? t("confirmRestartOne", { name: one.filename }) : t("confirmRestartMany", { count: failed.length }),
      confirm: t("restart"),
      onConfirm: () => {
        stopSelecting();
        void actions.restartMagnets(failed.map((m) => m.id)).then(setFailures);
      },
    });
  }

  const chosen = () => state.magnets.filter((m) => selected[m.id]);

  onMount(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = async (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const { torrents, refused } = await torrentsAmong([...(event.dataTransfer?.files ?? [])]);
      setAdding(true);
      const results = torrents.length ? (await actions.addTorrentFiles(torrents)).map(outcomeOf) : [];
      setOutcomes([...results, ...refused]);
    };
    document.addEventListener("dragover", over);
    document.addEventListener("dragleave", leave);
    document.addEventListener("drop", drop);
    onCleanup(() => {
      document.removeEventListener("dragover", over);
      document.removeEventListener("dragleave", leave);
      document.removeEventListener("drop", drop);
    });
  });

  return (
    <section class="magnets-screen" aria-labelledby="magnets-title">
      <header class="screen-header">
        <h1 id="magnets-title">{t("title")}</h1>
        <button type="button" class="primary" aria-expanded={adding()} onClick={() => setAdding(!adding())}>
          {t("add")}
        </button>
      </header>
      <ConnectionLine />
      <AddMagnets open={adding()} onClose={() => setAdding(false)} outcomes={outcomes()} setOutcomes={setOutcomes} />
      <Toolbar
        magnets={state.magnets}
        view={view}
        onView={changeView}
        selecting={selecting()}
        onSelecting={(on) => (on ? setSelecting(true) : stopSelecting())}
      />
      <Show when={selecting()}>
        <div class="selection-bar card">
          <span class="selection-count">{t("selected", { count: selectedIds().length })}</span>
          <button type="button" onClick={() => setSelected(Object.fromEntries(shown().map((m) => [m.id, true])))}>
            {t("selectAll")}
          </button>
          <button
            type="button"
            disabled={!chosen().some((m) => magnetGroup(m.statusCode) === "error")}
            onClick={() => confirmRestart(chosen())}
          >
            {t("restart")}
          </button>
          <button type="button" class="danger" disabled={chosen().length === 0} onClick={() => confirmDelete(chosen())}>
            {t("delete")}
          </button>
        </div>
      </Show>
      <Show when={failures().length}>
        <ul class="write-failures card" role="alert">
          <For each={failures()}>
            {(failure) => (
              <li class="error">
                {t("failedFor", { name: failure.magnet.filename, error: errorText(failure.error) })}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={state.magnets.length}>
        <p class="muted magnets-count">{t("count", { shown: shown().length, total: state.magnets.length })}</p>
      </Show>
      <Show
        when={shown().length}
        fallback={
          <p class="magnets-empty muted">
            {state.magnets.length ? t("noMatch") : state.updatedAt === null ? t("loading") : t("empty")}
          </p>
        }
      >
        <ul class="magnet-list">
          <For each={rendered()}>
            {(magnet) => (
              <MagnetRow
                magnet={magnet}
                samples={state.speeds[magnet.id]}
                selecting={selecting()}
                selected={selected[magnet.id] ?? false}
                onSelect={(on) => setSelected(magnet.id, on)}
                onDelete={() => confirmDelete([magnet])}
                onRestart={() => confirmRestart([magnet])}
              />
            )}
          </For>
          <Show when={shown().length > rowLimit()}>
            <MoreRows onNear={() => setRowLimit(rowLimit() + ROWS_PER_STEP)} />
          </Show>
        </ul>
      </Show>
      <Show when={dragging()}>
        <div class="drop-overlay" aria-hidden="true">
          <p>{t("dropHere")}</p>
        </div>
      </Show>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(null)} />
    </section>
  );
}
