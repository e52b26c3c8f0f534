// The header's status: "Offline" while the device is offline, then what the shell adds (how many
// actions wait in the outbox: web/offline/OutboxChips.tsx).
import { type JSX, Show } from "solid-js";
import { online } from "../offline/online";
import { t } from "./strings";

export function StatusBar(props: { children?: JSX.Element }): JSX.Element {
  return (
    <div class="status" role="status">
      <Show when={!online()}>
        <span class="chip chip-offline" data-testid="offline-indicator">
          {t("offline")}
        </span>
      </Show>
      {props.children}
    </div>
  );
}
