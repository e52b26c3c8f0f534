// The magnets a delete or restart could not act on, each with why, announced together.
import { For, type JSX, Show } from "solid-js";
import { errorText } from "../i18n/errors";
import type { WriteFailure } from "./magnet-writes";
import { t } from "./strings";

export function WriteFailures(props: { failures: WriteFailure[] }): JSX.Element {
  return (
    <Show when={props.failures.length}>
      <ul class="write-failures card" role="alert">
        <For each={props.failures}>
          {(failure) => (
            <li class="error">{t("failedFor", { name: failure.magnet.filename, error: errorText(failure.error) })}</li>
          )}
        </For>
      </ul>
    </Show>
  );
}
