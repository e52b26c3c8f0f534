// A magnet added while offline, in the list with the others: its name, that it waits to be sent
// (or is being sent, or was refused and why), and Cancel, which takes it out of the outbox.
import { type JSX, Match, Show, Switch } from "solid-js";
import { codeText } from "../i18n/errors";
import type { PendingAdd } from "./pending-adds";
import { t } from "./strings";

export function PendingRow(props: { pending: PendingAdd; onCancel: () => void }): JSX.Element {
  const nameId = () => `pending-${props.pending.key}-name`;
  return (
    <li class="magnet magnet-pending" data-group="pending" data-state={props.pending.state}>
      <div class="magnet-line">
        <div class="magnet-main">
          <span class="magnet-name" id={nameId()}>
            {props.pending.name}
          </span>
          <span class="magnet-meta">
            <span class="magnet-status">
              <Switch>
                <Match when={props.pending.state === "queued"}>{t("pendingWaiting")}</Match>
                <Match when={props.pending.state === "sending"}>{t("pendingSending")}</Match>
                <Match when={props.pending.state === "failed"}>
                  {t("pendingFailed", { reason: codeText(props.pending.error ?? "GENERIC") })}
                </Match>
              </Switch>
            </span>
          </span>
        </div>
        <Show when={props.pending.state !== "sending"}>
          <button
            type="button"
            class="pending-cancel"
            aria-label={t("pendingCancelNamed", { name: props.pending.name })}
            onClick={() => props.onCancel()}
          >
            {t("pendingCancel")}
          </button>
        </Show>
      </div>
    </li>
  );
}
