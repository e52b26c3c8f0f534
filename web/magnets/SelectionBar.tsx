// The bar shown while selecting magnets: how many are chosen, select all shown, and the restart
// (failed ones only) and delete of the selection.
import type { JSX } from "solid-js";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { t } from "./strings";

export function SelectionBar(props: {
  chosen: Magnet[];
  onSelectAll: () => void;
  onRestart: (magnets: Magnet[]) => void;
  onDelete: (magnets: Magnet[]) => void;
}): JSX.Element {
  const anyFailed = () => props.chosen.some((m) => magnetGroup(m.statusCode) === "error");
  return (
    <div class="selection-bar card">
      <span class="selection-count">{t("selected", { count: props.chosen.length })}</span>
      <button type="button" onClick={() => props.onSelectAll()}>
        {t("selectAll")}
      </button>
      <button type="button" disabled={!anyFailed()} onClick={() => props.onRestart(props.chosen)}>
        {t("restart")}
      </button>
      <button
        type="button"
        class="danger"
        disabled={props.chosen.length === 0}
        onClick={() => props.onDelete(props.chosen)}
      >
        {t("delete")}
      </button>
    </div>
  );
}
