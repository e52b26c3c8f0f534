// The Magnets screen: the live list with filters, search and sort (magnets added offline among
// them, marked as waiting); a magnet's details and files under its row on a phone, in a side
// pane from 900 px; adding by link, hash or .torrent file (also dropped anywhere on the page,
// or opened by /?add=magnet); a magnet opened by /?magnet=<id> (a notification); deleting one or
// many after a confirmation, restarting failed ones at once, exporting; keyboard shortcuts on a
// wide window.
import { useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, type JSX, on, Show } from "solid-js";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { loadMagnetHashes } from "../alldebrid";
import { ActionMenu } from "../app/ActionMenu";
import { type Confirmation, ConfirmDialog } from "../app/ConfirmDialog";
import { keepLastFrame } from "../app/last-frame";
import { useMediaQuery, WIDE } from "../app/media-query";
import { CleanedNotice } from "../caps/CleanedNotice";
import { WaitingLine } from "../caps/WaitingLine";
import { outboxEntries, removeEntry } from "../offline/outbox";
import { AddMagnets, type AddOutcome, outcomeOf, torrentsAmong } from "./AddMagnets";
import { ConnectionDetail, ConnectionStatus } from "./ConnectionLine";
import { cancelPendingQuestion, deleteAllQuestion, deleteQuestion } from "./confirmations";
import { useMagnets } from "./context";
import { useFileDrop } from "./file-drop";
import { MagnetDetails } from "./MagnetDetails";
import { MagnetList } from "./MagnetList";
import { DETAILS_PANE_ID } from "./MagnetRow";
import type { WriteFailure } from "./magnet-writes";
import { useMagnetOpenedByAddress } from "./opened-by-address";
import { type PendingAdd, pendingAdds } from "./pending-adds";
import { SelectionBar } from "./SelectionBar";
import { useSavedView } from "./saved-view";
import { useSelection } from "./selection";
import { useShortcuts } from "./shortcuts";
import { t } from "./strings";
import { Toolbar } from "./Toolbar";
import { countByGroup, searchKey, visibleMagnets } from "./view";
import { WriteFailures } from "./WriteFailures";
import "./magnets.css";

export default function MagnetsScreen(): JSX.Element {
  const [state, actions] = useMagnets();
  const [params, setParams] = useSearchParams();
  const [view, changeView] = useSavedView();
  const [adding, setAdding] = createSignal(params.add === "magnet");
  const [outcomes, setOutcomes] = createSignal<AddOutcome[]>([]);
  const selection = useSelection();
  const [ask, setAsk] = createSignal<Confirmation | null>(null);
  const [failures, setFailures] = createSignal<WriteFailure[]>([]);
  const [openId, setOpenId] = createSignal<number | null>(null);
  const wide = useMediaQuery(WIDE);
  const dragging = useFileDrop((files) => void addDropped(files));
  void loadMagnetHashes();

  // An expired magnet added again: the add panel says what came of it, as for any add.
  createEffect(
    on(
      () => state.addedAgain,
      (added) => {
        if (!added?.length) return;
        setAdding(true);
        setOutcomes(added.map(outcomeOf));
      },
      { defer: true },
    ),
  );

  // The manifest shortcut opens the form once; a reload should not reopen it.
  if (params.add) setParams({ add: undefined }, { replace: true });

  const shown = createMemo(() => visibleMagnets(state.magnets, view));
  const opened = useMagnetOpenedByAddress(
    () => state.magnets,
    (id) => {
      if (!shown().some((magnet) => magnet.id === id)) changeView({ filter: "all", search: "" });
      setOpenId(id);
    },
  );
  const toggleOpen = (magnet: Magnet) => {
    opened.forgetCopy();
    setOpenId(openId() === magnet.id ? null : magnet.id);
  };
  const openMagnet = () => state.magnets.find((magnet) => magnet.id === openId());
  /** Adds queued offline, in the list as waiting: with "All" or "In progress", matching the search. */
  const pending = createMemo(() => {
    if (view.filter !== "all" && view.filter !== "processing") return [];
    const words = searchKey(view.search).split(/\s+/).filter(Boolean);
    return pendingAdds(outboxEntries()).filter((add) => words.every((word) => searchKey(add.name).includes(word)));
  });
  // Once per change, not once per place that shows a count: a thousand magnets are a thousand reads.
  const counts = createMemo(() => countByGroup(state.magnets));
  /** "5 of 8", and the rows still waiting to send, which the list shows too. */
  const countText = () => {
    const waiting = pending().length;
    const count = state.magnets.length ? t("count", { shown: shown().length, total: state.magnets.length }) : "";
    if (!waiting) return count;
    return count ? t("countWaiting", { count, waiting }) : t("onlyWaiting", { waiting });
  };

  // The next cold start paints this screen as it was left: its list, not a search or a selection.
  keepLastFrame(
    () =>
      state.updatedAt !== null &&
      !view.search &&
      !selection.selecting() &&
      openId() === null &&
      !adding() &&
      ask() === null,
    ".magnet-list > li",
  );

  useShortcuts({
    search: () => document.getElementById("magnet-search")?.focus(),
    add: () => setAdding(true),
    select: () => selection.setSelecting(!selection.selecting()),
    back: () => {
      if (selection.selecting()) selection.setSelecting(false);
      else if (adding()) setAdding(false);
      else setOpenId(null);
    },
  });

  async function addDropped(files: File[]): Promise<void> {
    const { torrents, refused } = await torrentsAmong(files);
    setAdding(true);
    const results = torrents.length ? (await actions.addTorrentFiles(torrents)).map(outcomeOf) : [];
    setOutcomes([...results, ...refused]);
  }

  /** Asks first; once confirmed, leaves selection mode and shows what the write could not do. */
  const confirmThen =
    (question: typeof deleteQuestion, write: (ids: number[]) => Promise<WriteFailure[]>) => (magnets: Magnet[]) =>
      setAsk(
        question(magnets, (ids) => {
          selection.setSelecting(false);
          if (ids.includes(openId() ?? -1) && write === actions.deleteMagnets) setOpenId(null);
          void write(ids).then(setFailures);
        }),
      );
  const confirmDelete = confirmThen(deleteQuestion, actions.deleteMagnets);
  /** A restart destroys nothing: no question, the failed ones among those chosen start again. */
  const restart = (magnets: Magnet[]) => {
    const failed = magnets.filter((magnet) => magnetGroup(magnet.statusCode) === "error");
    if (failed.length === 0) return;
    selection.setSelecting(false);
    void actions.restartMagnets(failed.map((magnet) => magnet.id)).then(setFailures);
  };
  const confirmDeleteAll = (group: "error" | "ready") =>
    confirmThen(
      (magnets, onConfirm) => deleteAllQuestion(group, magnets, onConfirm),
      actions.deleteMagnets,
    )(state.magnets);
  const confirmCancel = (add: PendingAdd) => setAsk(cancelPendingQuestion(add, () => void removeEntry(add.entry)));

  const details = (magnet: Magnet) => (
    <MagnetDetails
      magnet={magnet}
      inline={false}
      copyLinks={opened.copyLinksOf() === magnet.id}
      onClose={() => {
        opened.forgetCopy();
        setOpenId(null);
      }}
      onDelete={() => confirmDelete([magnet])}
      onRestart={() => restart([magnet])}
      onNote={() => undefined}
    />
  );

  return (
    <section class="magnets-screen" aria-labelledby="magnets-title">
      <header class="screen-header magnets-header">
        <h1 id="magnets-title">{t("title")}</h1>
        <ConnectionStatus />
        <ActionMenu
          label={t("moreActions")}
          items={[
            {
              label: t("deleteAllFailed", { count: counts().error }),
              danger: true,
              disabled: counts().error === 0,
              onSelect: () => confirmDeleteAll("error"),
            },
            {
              label: t("deleteAllFinished", { count: counts().ready }),
              danger: true,
              disabled: counts().ready === 0,
              onSelect: () => confirmDeleteAll("ready"),
            },
          ]}
        />
        <button
          type="button"
          class="primary"
          aria-expanded={adding()}
          aria-keyshortcuts="A"
          onClick={() => setAdding(!adding())}
        >
          {t("add")}
        </button>
      </header>
      <ConnectionDetail />
      <CleanedNotice />
      <AddMagnets open={adding()} onClose={() => setAdding(false)} outcomes={outcomes()} setOutcomes={setOutcomes} />
      <div class="magnets-panes">
        <div class="magnets-main">
          <Toolbar
            counts={counts()}
            view={view}
            onView={changeView}
            selecting={selection.selecting()}
            onSelecting={selection.setSelecting}
          />
          <Show when={selection.selecting()}>
            <SelectionBar
              chosen={selection.chosen(state.magnets)}
              shown={shown().length}
              onSelectAll={(all) => selection.selectAll(all ? shown() : [])}
              onRestart={restart}
              onDelete={confirmDelete}
              onLeave={() => selection.setSelecting(false)}
            />
          </Show>
          <WriteFailures failures={failures()} />
          <WaitingLine />
          {/* Always there, so the list does not move down when the first magnets arrive. */}
          <div class="magnets-count">
            <p class="muted">{countText()}</p>
            <Show when={(view.filter === "error" || view.filter === "ready") && counts()[view.filter] > 0}>
              <button
                type="button"
                class="danger"
                onClick={() => confirmDeleteAll(view.filter === "error" ? "error" : "ready")}
              >
                {view.filter === "error"
                  ? t("deleteAllFailed", { count: counts().error })
                  : t("deleteAllFinished", { count: counts().ready })}
              </button>
            </Show>
          </div>
          <MagnetList
            shown={shown()}
            pending={pending()}
            total={state.updatedAt === null && !state.magnets.length ? null : state.magnets.length}
            speeds={state.speeds}
            selecting={selection.selecting()}
            selected={selection.selected}
            openId={openId()}
            copyLinksOf={opened.copyLinksOf()}
            inline={!wide()}
            onSelect={selection.select}
            onOpen={toggleOpen}
            onDelete={(magnet) => confirmDelete([magnet])}
            onRestart={(magnet) => restart([magnet])}
            onCancelPending={confirmCancel}
          />
        </div>
        <Show when={wide()}>
          <aside class="magnets-pane" id={DETAILS_PANE_ID} aria-label={t("details")}>
            <Show when={openMagnet()} keyed fallback={<p class="muted magnets-pick">{t("pickOne")}</p>}>
              {(magnet) => details(magnet)}
            </Show>
            <p class="muted small shortcuts-hint">{t("shortcuts")}</p>
          </aside>
        </Show>
      </div>
      <Show when={dragging()}>
        <div class="drop-overlay" aria-hidden="true">
          <p>{t("dropHere")}</p>
        </div>
      </Show>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(null)} />
    </section>
  );
}
