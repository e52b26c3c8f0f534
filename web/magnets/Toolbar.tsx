// Filter by state (with counts, one row even in French on a 360 px phone), search by name, sort
// (each order both ways), and the switch into selection mode.
import { For, type JSX } from "solid-js";
import { t } from "./strings";
import { MAGNET_FILTERS, MAGNET_SORTS, type MagnetFilter, type MagnetSort, type ViewOptions } from "./view";

export function Toolbar(props: {
  /** How many magnets each filter shows (the page counts them once per change). */
  counts: Record<MagnetFilter, number>;
  view: ViewOptions;
  onView: (change: Partial<ViewOptions>) => void;
  selecting: boolean;
  onSelecting: (on: boolean) => void;
}): JSX.Element {
  return (
    <div class="magnets-toolbar">
      <fieldset class="filters">
        <legend class="visually-hidden">{t("filterLabel")}</legend>
        <For each={MAGNET_FILTERS}>
          {(filter: MagnetFilter) => (
            <label class="filter-chip">
              <input
                type="radio"
                name="magnet-filter"
                value={filter}
                checked={props.view.filter === filter}
                onChange={() => props.onView({ filter })}
              />
              <span>
                {t(`filter_${filter}`)} <span class="filter-chip-count">{props.counts[filter]}</span>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="search-sort">
        <label class="visually-hidden" for="magnet-search">
          {t("searchLabel")}
        </label>
        <input
          id="magnet-search"
          type="search"
          placeholder={t("searchPlaceholder")}
          aria-keyshortcuts="/"
          value={props.view.search}
          onInput={(event) => props.onView({ search: event.currentTarget.value })}
        />
        <label class="visually-hidden" for="magnet-sort">
          {t("sortLabel")}
        </label>
        <select
          id="magnet-sort"
          value={props.view.sort}
          onChange={(event) => props.onView({ sort: event.currentTarget.value as MagnetSort })}
        >
          <For each={MAGNET_SORTS}>{(sort) => <option value={sort}>{t(`sort_${sort}`)}</option>}</For>
        </select>
        <button
          type="button"
          aria-pressed={props.selecting}
          aria-keyshortcuts="S"
          onClick={() => props.onSelecting(!props.selecting)}
        >
          {props.selecting ? t("selectDone") : t("select")}
        </button>
      </div>
    </div>
  );
}
