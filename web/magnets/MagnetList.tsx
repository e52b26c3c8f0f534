// The magnets shown, as rows, after the magnets still waiting in the outbox: a screenful at once
// (a task after a list that has just come), forty a frame later, a hundred more each time the end
// of the list comes near the screen (MoreRows); or why there are none: still loading, nothing yet,
// or nothing matches. The shell's "Skip to the magnets list" lands here.
import { createEffect, createMemo, createSignal, For, type JSX, Show } from "solid-js";
import type { Magnet } from "../../protocol/alldebrid";
import { MAGNET_LIST_ID } from "../app/skip-targets";
import { MagnetRow } from "./MagnetRow";
import { FIRST_ROWS, FIRST_SCREEN_ROWS, MoreRows, ROWS_PER_STEP } from "./MoreRows";
import { PendingRow } from "./PendingRow";
import type { PendingAdd } from "./pending-adds";
import { t } from "./strings";

export function MagnetList(props: {
  shown: Magnet[];
  pending: PendingAdd[];
  /** How many the account has, shown or not; null while none is known yet. */
  total: number | null;
  speeds: Record<number, number[]>;
  selecting: boolean;
  selected: Record<number, boolean>;
  openId: number | null;
  /** The magnet whose links are copied as its details open (a notification's "Copy links"). */
  copyLinksOf: number | null;
  /** Details open under their row (a phone) rather than in the pane. */
  inline: boolean;
  onSelect: (id: number, selected: boolean) => void;
  onOpen: (magnet: Magnet) => void;
  onDelete: (magnet: Magnet) => void;
  onRestart: (magnet: Magnet) => void;
  onCancelPending: (pending: PendingAdd) => void;
}): JSX.Element {
  // A screenful first, so the list shows sooner; the rest of the first rows a frame later. A list
  // that has just come (the device's copy, at a start) shows its first rows a task after it came:
  // sorting a thousand magnets is a task's worth of work already, and a tap waits for a long one.
  const [rowLimit, setRowLimit] = createSignal(props.shown.length ? FIRST_SCREEN_ROWS : 0);
  createEffect(() => {
    if (props.shown.length === 0) return;
    if (rowLimit() === 0) setTimeout(() => setRowLimit((limit) => Math.max(limit, FIRST_SCREEN_ROWS)));
    else if (rowLimit() < FIRST_ROWS) requestAnimationFrame(() => setRowLimit((limit) => Math.max(limit, FIRST_ROWS)));
  });
  const rendered = createMemo(() => props.shown.slice(0, rowLimit()));
  const none = () => {
    if (props.total === null || props.shown.length) return t("loading");
    return props.total ? t("noMatch") : t("empty");
  };
  return (
    <section id={MAGNET_LIST_ID} class="magnet-list-area" tabindex="-1" aria-label={t("listLabel")}>
      <Show when={rendered().length || props.pending.length} fallback={<p class="magnets-empty muted">{none()}</p>}>
        <ul class="magnet-list">
          <For each={props.pending}>
            {(pending) => <PendingRow pending={pending} onCancel={() => props.onCancelPending(pending)} />}
          </For>
          <For each={rendered()}>
            {(magnet) => (
              <MagnetRow
                magnet={magnet}
                samples={props.speeds[magnet.id]}
                selecting={props.selecting}
                selected={props.selected[magnet.id] ?? false}
                open={props.openId === magnet.id}
                copyLinks={props.copyLinksOf === magnet.id}
                inline={props.inline}
                onSelect={(on) => props.onSelect(magnet.id, on)}
                onOpen={() => props.onOpen(magnet)}
                onDelete={() => props.onDelete(magnet)}
                onRestart={() => props.onRestart(magnet)}
              />
            )}
          </For>
          {/* Not before the first rows are all in: the end of a screenful is near at once, and would
              bring a hundred rows into a cold start that shows sixteen. */}
          <Show when={rowLimit() >= FIRST_ROWS && props.shown.length > rowLimit()}>
            <MoreRows onNear={() => setRowLimit(rowLimit() + ROWS_PER_STEP)} />
          </Show>
        </ul>
      </Show>
    </section>
  );
}
