// How fresh the list is. In the screen's title row, always the same small size: a dot and one
// word (live, connecting, connection lost, polling, offline, stopped). Under it, only when the
// list is not live: when it retries, the age of what is shown, why it stopped, and Retry (or,
// for a key AllDebrid no longer takes, Sign in again). Neither shows in the last frame a restart
// paints (data-not-in-frame, web/app/last-frame.ts): it would show the last session's connection.
// The chip keeps its room there, hidden (="room"): the live screen always has it, and the title
// row's buttons would move at the hand-over without it.
import { createSignal, type JSX, onCleanup, Show } from "solid-js";
import { ErrorLine } from "../app/ErrorLine";
import { codeText, needsSignIn } from "../i18n/errors";
import { StateAge } from "../offline/StateAge";
import { useMagnets } from "./context";
import { t } from "./strings";

export function ConnectionStatus(): JSX.Element {
  const [state] = useMagnets();
  const word = () => {
    switch (state.live.status) {
      case "live":
        return t("live");
      case "connecting":
        return t("connecting");
      case "waiting":
        return t("waiting");
      case "polling":
        return t("pollingShort");
      case "offline":
        return t("offline");
      case "refused":
        return t("refused");
    }
  };
  return (
    <p class="connection-status" data-status={state.live.status} data-not-in-frame="room">
      <span class="connection-dot" aria-hidden="true" />
      <span role="status">{word()}</span>
    </p>
  );
}

export function ConnectionDetail(): JSX.Element {
  const [state, actions] = useMagnets();
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 1_000);
  onCleanup(() => clearInterval(tick));
  const troubled = () => !["live", "connecting"].includes(state.live.status);
  /** Kept out of the live region: it changes every second. */
  const detail = () => {
    const live = state.live;
    if (live.status === "waiting" && live.retryAt) {
      return t("retryIn", { seconds: Math.max(0, Math.ceil((live.retryAt - now()) / 1000)) });
    }
    return live.status === "polling" ? t("polling") : "";
  };
  return (
    <Show when={troubled() || state.serverNotice}>
      <div class="connection" data-not-in-frame>
        <Show when={detail()}>
          <p class="muted">{detail()}</p>
        </Show>
        <Show when={state.updatedAt !== null}>
          <StateAge savedAt={state.updatedAt ?? undefined} class="connection-age" />
        </Show>
        <ErrorLine error={state.live.status === "refused" && state.live.error} />
        <Show when={state.serverNotice}>
          {(notice) => <p class="error">{codeText(notice().code, notice().message)}</p>}
        </Show>
        {/* A key AllDebrid no longer takes gets "Sign in again" (ErrorLine), not a retry. */}
        <Show
          when={
            state.live.status === "waiting" ||
            state.live.status === "polling" ||
            (state.live.status === "refused" && !needsSignIn(state.live.error))
          }
        >
          <button type="button" onClick={() => actions.retryNow()}>
            {t("retry")}
          </button>
        </Show>
      </div>
    </Show>
  );
}
