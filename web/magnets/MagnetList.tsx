// The magnets shown, as rows, rendered a hundred at a time as the list scrolls (MoreRows); or
// why there are none: still loading, nothing yet, or nothing matches.
import { createMemo, createSignal, For, type JSX, Show } from "solid-js";
import type { Magnet } from "../../protocol/alldebrid";
import { MagnetRow } from "./MagnetRow";
import { MoreRows, ROWS_PER_STEP } from "./MoreRows";
import { t } from "./strings";

export function MagnetList(props: {
  shown: Magnet[];
  /** How many the account has, shown or not; null while none is known yet. */
  total: number | null;
  speeds: Record<number, number[]>;
  selecting: boolean;
  selected: Record<number, boolean>;
  onSelect: (id: number, selected: boolean) => void;
  onDelete: (magnet: Magnet) => void;
  onRestart: (magnet: Magnet) => void;
}): JSX.Element {
  const [rowLimit, setRowLimit] = createSignal(ROWS_PER_STEP);
  const rendered = createMemo(() => props.shown.slice(0, rowLimit()));
  const none = () => (props.total === null ? t("loading") : props.total ? t("noMatch") : t("empty"));
  return (
    <Show when={props.shown.length} fallback={<p class="magnets-empty muted">{none()}</p>}>
      <ul class="magnet-list">
        <For each={rendered()}>
          {(magnet) => (
            <MagnetRow
              magnet={magnet}
              samples={props.speeds[magnet.id]}
              selecting={props.selecting}
              selected={props.selected[magnet.id] ?? false}
              onSelect={(on) => props.onSelect(magnet.id, on)}
              onDelete={() => props.onDelete(magnet)}
              onRestart={() => props.onRestart(magnet)}
            />
          )}
        </For>
        <Show when={props.shown.length > rowLimit()}>
          <MoreRows onNear={() => setRowLimit(rowLimit() + ROWS_PER_STEP)} />
        </Show>
      </ul>
    </Show>
  );
}
