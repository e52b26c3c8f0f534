// One magnet in the list: its summary as one button (it opens the magnet's details: under the
// row on a phone, in the side pane from 900 px), and its actions in a menu beside it. While
// selecting, the row is its checkbox's label (a tap anywhere selects it), shown without its
// progress bar (a label holds one control), and the menu steps aside.
import { createMemo, createSignal, type JSX, onCleanup, Show } from "solid-js";
import { unwrap } from "solid-js/store";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { ActionMenu } from "../app/ActionMenu";
import { AddAgainButton } from "../caps/AddAgainButton";
import { MagnetDetails } from "./MagnetDetails";
import { MagnetSummary } from "./MagnetSummary";
import { magnetMenu } from "./magnet-actions";
import { useNearScreen } from "./near-screen";
import { t } from "./strings";

export interface MagnetRowProps {
  magnet: Magnet;
  samples: number[] | undefined;
  selecting: boolean;
  selected: boolean;
  /** Its details are shown (here or in the pane). */
  open: boolean;
  /** Copy its links as its details open. */
  copyLinks?: boolean;
  /** Details go under the row (a phone) rather than in the pane. */
  inline: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
  onDelete: () => void;
  onRestart: () => void;
}

export const DETAILS_PANE_ID = "magnet-details";

export function MagnetRow(props: MagnetRowProps): JSX.Element {
  const magnet = props.magnet;
  const nameId = `magnet-${magnet.id}-name`;
  const metaId = `magnet-${magnet.id}-meta`;
  const detailsId = () => (props.inline ? `magnet-${magnet.id}-details` : DETAILS_PANE_ID);
  const [note, setNote] = createSignal("");
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  const showNote = (text: string) => {
    setNote(text);
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => setNote(""), 4000);
  };
  onCleanup(() => clearTimeout(noteTimer));
  let row: HTMLLIElement | undefined;
  const near = useNearScreen(() => row);
  // Far from the screen, the summary shows the magnet as it was (a copy that follows nothing), so
  // a live patch costs nothing there; near again, it follows the store's magnet once more.
  const summarized = createMemo(() => (near() ? magnet : { ...unwrap(magnet) }));
  const samples = createMemo((before: number[] | undefined) => (near() ? props.samples : before));
  const handlers = {
    onOpen: () => props.onOpen(),
    onDelete: () => props.onDelete(),
    onRestart: () => props.onRestart(),
    onNote: showNote,
  };
  return (
    <li
      ref={row}
      class="magnet"
      data-group={magnetGroup(magnet.statusCode)}
      data-open={props.open ? "" : undefined}
      data-selected={props.selecting && props.selected ? "" : undefined}
    >
      <div class="magnet-line">
        <Show
          when={props.selecting}
          fallback={
            <button
              type="button"
              class="magnet-main"
              aria-expanded={props.open}
              aria-controls={props.open ? detailsId() : undefined}
              onClick={() => props.onOpen()}
            >
              <Show when={summarized()} keyed>
                {(shown) => <MagnetSummary magnet={shown} samples={samples()} nameId={nameId} metaId={metaId} />}
              </Show>
            </button>
          }
        >
          <label class="magnet-main magnet-selectable">
            <input
              type="checkbox"
              class="magnet-check"
              checked={props.selected}
              aria-label={t("selectMagnet", { name: magnet.filename })}
              aria-describedby={metaId}
              onChange={(event) => props.onSelect(event.currentTarget.checked)}
            />
            <Show when={summarized()} keyed>
              {(shown) => <MagnetSummary magnet={shown} samples={samples()} nameId={nameId} metaId={metaId} compact />}
            </Show>
          </label>
        </Show>
        <Show when={!props.selecting}>
          <AddAgainButton magnet={magnet} />
          <ActionMenu
            label={t("actionsFor", { name: magnet.filename })}
            items={magnetMenu(magnet, { ...handlers, open: props.open })}
          />
        </Show>
      </div>
      <Show when={note()}>
        <p class="magnet-note muted" role="status">
          {note()}
        </p>
      </Show>
      <Show when={props.open && props.inline}>
        <div id={detailsId()}>
          <MagnetDetails magnet={magnet} inline copyLinks={props.copyLinks} {...handlers} />
        </div>
      </Show>
    </li>
  );
}
