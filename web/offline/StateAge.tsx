// "Last updated 5 min ago · offline": how old the state on screen is. Embed it above a list
// that was loaded from a snapshot (loadSnapshot's savedAt); it ticks every 30 s.
import { createSignal, onCleanup, Show } from "solid-js";
import { defineStrings, lang } from "../i18n";
import { describeAge } from "./age";
import { online } from "./online";

const t = defineStrings({
  en: { updated: "Last updated {age}", offline: "offline" },
  fr: { updated: "Mis à jour {age}", offline: "hors ligne" },
});

/** savedAt: when the state shown was fetched (ms since epoch); nothing is shown without it. */
export function StateAge(props: { savedAt: number | undefined; class?: string }) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(timer));
  return (
    <Show when={props.savedAt}>
      {(savedAt) => (
        <p class={`state-age muted ${props.class ?? ""}`} data-testid="state-age">
          <time dateTime={new Date(savedAt()).toISOString()}>
            {t("updated", { age: describeAge(Math.max(now(), Date.now()) - savedAt(), lang()) })}
          </time>
          <Show when={!online()}> · {t("offline")}</Show>
        </p>
      )}
    </Show>
  );
}
