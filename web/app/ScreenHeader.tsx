// The top of a screen that shows remembered account data: its title, a Refresh button, how old
// the data on screen is, and the error of the last refresh.
import { type JSX, Show } from "solid-js";
import { defineStrings } from "../i18n";
import { errorText } from "../i18n/errors";
import { StateAge } from "../offline/StateAge";

const t = defineStrings({
  en: { refresh: "Refresh", refreshing: "Refreshing…" },
  fr: { refresh: "Actualiser", refreshing: "Actualisation…" },
});

export function ScreenHeader(props: {
  id: string;
  title: string;
  loading: boolean;
  onRefresh: () => void;
  savedAt: number | undefined;
  error: unknown;
}): JSX.Element {
  return (
    <>
      <div class="screen-header">
        <h1 id={props.id}>{props.title}</h1>
        <button type="button" disabled={props.loading} onClick={() => props.onRefresh()}>
          {props.loading ? t("refreshing") : t("refresh")}
        </button>
      </div>
      <StateAge savedAt={props.savedAt} />
      <Show when={props.error}>
        <p class="error" role="alert">
          {errorText(props.error)}
        </p>
      </Show>
    </>
  );
}
