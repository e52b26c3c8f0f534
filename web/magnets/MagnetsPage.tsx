// The Magnets screen: the live list with filters, search and sort; adding by link, hash or
// .torrent file (also dropped anywhere on the page, or opened by /?add=magnet); deleting and
// restarting one or many after a confirmation.
import { useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, type JSX, Show } from "solid-js";
import type { Magnet } from "../../protocol/alldebrid";
import { type Confirmation, ConfirmDialog } from "../app/ConfirmDialog";
import { withStore } from "../app/store-context";
import { AddMagnets, type AddOutcome, outcomeOf, torrentsAmong } from "./AddMagnets";
import { ConnectionLine } from "./ConnectionLine";
import { deleteQuestion, restartQuestion } from "./confirmations";
import { MagnetsProvider, useMagnets } from "./context";
import { useFileDrop } from "./file-drop";
import { MagnetList } from "./MagnetList";
import type { WriteFailure } from "./magnet-writes";
import { SelectionBar } from "./SelectionBar";
import { useSavedView } from "./saved-view";
import { useSelection } from "./selection";
import { t } from "./strings";
import { Toolbar } from "./Toolbar";
import { visibleMagnets } from "./view";
import { WriteFailures } from "./WriteFailures";
import "./magnets.css";

export default withStore(MagnetsProvider, MagnetsScreen);

function MagnetsScreen(): JSX.Element {
  const [state, actions] = useMagnets();
  const [params, setParams] = useSearchParams();
  const [view, changeView] = useSavedView();
  const [adding, setAdding] = createSignal(params.add === "magnet");
  const [outcomes, setOutcomes] = createSignal<AddOutcome[]>([]);
  const selection = useSelection();
  const [ask, setAsk] = createSignal<Confirmation | null>(null);
  const [failures, setFailures] = createSignal<WriteFailure[]>([]);
  const dragging = useFileDrop((files) => void addDropped(files));

  // The manifest shortcut opens the form once; a reload should not reopen it.
  if (params.add) setParams({ add: undefined }, { replace: true });

  const shown = createMemo(() => visibleMagnets(state.magnets, view));

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
          void write(ids).then(setFailures);
        }),
      );
  const confirmDelete = confirmThen(deleteQuestion, actions.deleteMagnets);
  const confirmRestart = confirmThen(restartQuestion, actions.restartMagnets);

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
        selecting={selection.selecting()}
        onSelecting={selection.setSelecting}
      />
      <Show when={selection.selecting()}>
        <SelectionBar
          chosen={selection.chosen(state.magnets)}
          onSelectAll={() => selection.selectAll(shown())}
          onRestart={confirmRestart}
          onDelete={confirmDelete}
        />
      </Show>
      <WriteFailures failures={failures()} />
      <Show when={state.magnets.length}>
        <p class="muted magnets-count">{t("count", { shown: shown().length, total: state.magnets.length })}</p>
      </Show>
      <MagnetList
        shown={shown()}
        total={state.updatedAt === null && !state.magnets.length ? null : state.magnets.length}
        speeds={state.speeds}
        selecting={selection.selecting()}
        selected={selection.selected}
        onSelect={selection.select}
        onDelete={(magnet) => confirmDelete([magnet])}
        onRestart={(magnet) => confirmRestart([magnet])}
      />
      <Show when={dragging()}>
        <div class="drop-overlay" aria-hidden="true">
          <p>{t("dropHere")}</p>
        </div>
      </Show>
      <ConfirmDialog ask={ask()} onClose={() => setAsk(null)} />
    </section>
  );
}
