// The bar shown while selecting magnets, stuck under the header and one line even on a 360 px
// phone: leave, how many are chosen (tick it to choose all shown, or none), delete them, and a
// menu with the rest: restart the failed ones, export their links.
import { type JSX, Show } from "solid-js";
import { type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { ExportMenu } from "../export/ExportMenu";
import { useMagnetFiles } from "./context";
import { t } from "./strings";

declare module "solid-js" {
  namespace JSX {
    // A checkbox's "some, not all" state is a property, not an attribute.
    interface ExplicitProperties {
      indeterminate: boolean;
    }
  }
}

export function SelectionBar(props: {
  chosen: Magnet[];
  /** How many the list shows: all of them chosen ticks the box. */
  shown: number;
  onSelectAll: (all: boolean) => void;
  onRestart: (magnets: Magnet[]) => void;
  onDelete: (magnets: Magnet[]) => void;
  onLeave: () => void;
}): JSX.Element {
  const [, files] = useMagnetFiles();
  const anyFailed = () => props.chosen.some((m) => magnetGroup(m.statusCode) === "error");
  const all = () => props.shown > 0 && props.chosen.length === props.shown;
  const name = () => t("selectionName", { count: props.chosen.length });
  return (
    <div class="selection-bar" role="toolbar" aria-label={t("selectedCount", { count: props.chosen.length })}>
      <button type="button" class="selection-leave" aria-label={t("leaveSelection")} onClick={() => props.onLeave()}>
        <span aria-hidden="true">✕</span>
      </button>
      <label class="selection-count">
        <input
          type="checkbox"
          checked={all()}
          prop:indeterminate={props.chosen.length > 0 && !all()}
          aria-label={t("selectAll")}
          onChange={(event) => props.onSelectAll(event.currentTarget.checked)}
        />
        <span aria-live="polite">{t("selectedCount", { count: props.chosen.length })}</span>
      </label>
      <button
        type="button"
        class="danger"
        disabled={props.chosen.length === 0}
        onClick={() => props.onDelete(props.chosen)}
      >
        {t("delete")}
      </button>
      <Show when={props.chosen.length > 0}>
        <ExportMenu
          name={name()}
          fileBase="debrid-magnets"
          collect={files.collect(props.chosen)}
          menuLabel={t("moreSelected")}
          menuButton={<span aria-hidden="true">⋯</span>}
          extraItems={anyFailed() ? [{ label: t("restartFailed"), onSelect: () => props.onRestart(props.chosen) }] : []}
          class="selection-more"
        />
      </Show>
    </div>
  );
}
