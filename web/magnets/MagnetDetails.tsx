// One magnet in full: under its row on a phone (the row already says what it is), in the side
// pane from 900 px (with its name, status and progress): when it was added and finished, its
// actions as buttons (restart, copy or share its magnet link, delete), and its files.
import { createSignal, For, type JSX, lazy, Show } from "solid-js";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { lang } from "../i18n";
import { formatDate } from "../i18n/format";
import { MagnetSummary } from "./MagnetSummary";
import { type MagnetHandlers, magnetMenu } from "./magnet-actions";
import { t } from "./strings";

// The files tree, its players and exports load with the first magnet opened, not with the list.
const MagnetFiles = lazy(() => import("./MagnetFiles").then((m) => ({ default: m.MagnetFiles })));

export function MagnetDetails(
  props: Omit<MagnetHandlers, "onOpen" | "open"> & {
    magnet: Magnet;
    inline: boolean;
    onClose?: () => void;
    /** Copy its links once its files are known (opened from a notification's "Copy links"). */
    copyLinks?: boolean;
  },
): JSX.Element {
  const [note, setNote] = createSignal("");
  const magnet = () => props.magnet;
  const actions = () =>
    magnetMenu(magnet(), {
      onDelete: props.onDelete,
      onRestart: props.onRestart,
      onNote: (text) => {
        setNote(text);
        props.onNote(text);
      },
    });
  const headingId = () => `details-${magnet().id}-title`;
  return (
    <section class="magnet-details" classList={{ inline: props.inline }} aria-labelledby={headingId()}>
      <Show
        when={!props.inline}
        fallback={
          <h2 id={headingId()} class="visually-hidden">
            {t("detailsOf", { name: magnet().filename })}
          </h2>
        }
      >
        <div class="details-head">
          <h2 id={headingId()} class="details-title">
            {magnet().filename}
          </h2>
          <Show when={props.onClose}>
            <button type="button" onClick={() => props.onClose?.()}>
              {t("closeDetails")}
            </button>
          </Show>
        </div>
        <p class="details-summary">
          <MagnetSummary
            magnet={magnet()}
            samples={undefined}
            nameId={`details-${magnet().id}-name`}
            metaId={`details-${magnet().id}-meta`}
          />
        </p>
      </Show>
      <p class="muted small details-dates">
        {t("addedAt", { date: formatDate(magnet().uploadDate, lang(), true) })}
        <Show when={magnet().completionDate > 0}>
          {" · "}
          {t("finishedAt", { date: formatDate(magnet().completionDate, lang(), true) })}
        </Show>
      </p>
      <div class="details-actions">
        <For each={actions()}>
          {(action) => (
            <button type="button" classList={{ danger: action.danger }} onClick={() => action.onSelect()}>
              {action.label}
            </button>
          )}
        </For>
      </div>
      <Show when={props.inline === false && note()}>
        <p class="muted small" role="status">
          {note()}
        </p>
      </Show>
      <Show when={magnetGroup(magnet().statusCode) === "ready"}>
        <MagnetFiles magnet={magnet()} copyLinks={props.copyLinks} />
      </Show>
    </section>
  );
}
