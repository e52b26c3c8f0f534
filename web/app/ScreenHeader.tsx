// The top of a screen that shows remembered account data: its title, a Refresh button, how old
// the data on screen is, and the error of the last refresh.

import type { JSX } from "solid-js";
import { defineStrings } from "../i18n";
import { StateAge } from "../offline/StateAge";
import { ErrorLine } from "./ErrorLine";

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
      <ErrorLine error={props.error} />
    </>
  );
}
