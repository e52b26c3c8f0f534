// One line saying how fresh the list is: live, reconnecting (and when), polling, offline or
// refused, with the age of what is shown when it is not live.

import { createSignal, type JSX, onCleanup, Show } from "solid-js";
import { ErrorLine } from "../app/ErrorLine";
import { codeText } from "../i18n/errors";
import { StateAge } from "../offline/StateAge";
import { useMagnets } from "./context";
import { t } from "./strings";

export function ConnectionLine(): JSX.Element {
  const [state, actions] = useMagnets();
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 1_000);
  onCleanup(() => clearInterval(tick));

  const status = () => {
    const live = state.live;
    switch (live.status) {
      case "live":
        return t("live");
      case "connecting":
        return t("connecting");
      case "waiting":
        return t("waiting");
      case "polling":
        return t("polling");
      case "offline":
        return t("offline");
      case "refused":
        return t("refused");
    }
  };
  /** Kept out of the live region: it changes every second. */
  const detail = () => {
    const live = state.live;
    if (live.status === "waiting" && live.retryAt) {
      return t("retryIn", { seconds: Math.max(0, Math.ceil((live.retryAt - now()) / 1000)) });
    }
    return "";
  };

  return (
    <div class="connection" data-status={state.live.status}>
      <p class="connection-status">
        <span class="connection-dot" aria-hidden="true" />
        <span role="status">{status()}</span>
        <Show when={detail()}>
          <span class="muted"> · {detail()}</span>
        </Show>
      </p>
      <Show when={state.live.status !== "live" && state.updatedAt !== null}>
        <StateAge savedAt={state.updatedAt ?? undefined} class="connection-age" />
      </Show>
      <ErrorLine error={state.live.status === "refused" && state.live.error} />
      <Show when={state.serverNotice}>
        {(notice) => <p class="error">{codeText(notice().code, notice().message)}</p>}
      </Show>
      <Show
        when={state.live.status === "waiting" || state.live.status === "polling" || state.live.status === "refused"}
      >
        <button type="button" onClick={() => actions.retryNow()}>
          {t("retry")}
        </button>
      </Show>
    </div>
  );
}
