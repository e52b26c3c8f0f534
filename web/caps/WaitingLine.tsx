// The account's waiting line on the Magnets screen (docs/caps.md): the magnets refused while
// AllDebrid had 30 downloading, numbered in the order they will be sent, the one being sent said
// so, each with Cancel; every device of the account shows the same line. Below it, the adds this
// device tries again later (AllDebrid's cooldown), with when.
import { For, type JSX, Show } from "solid-js";
import { lang } from "../i18n";
import { codeText } from "../i18n/errors";
import { useMagnets } from "../magnets/context";
import { t } from "./strings";
import "./caps.css";

const timeOf = (at: number) =>
  new Date(at).toLocaleTimeString(lang(), { hour: "2-digit", minute: "2-digit", second: "2-digit" });

export function WaitingLine(): JSX.Element {
  const [state, actions] = useMagnets();
  return (
    <Show when={state.line.magnets.length > 0 || state.later.length > 0}>
      <section class="waiting-line card" aria-labelledby="waiting-line-title">
        <h2 id="waiting-line-title">{t("lineTitle")}</h2>
        <Show when={state.line.magnets.length > 0}>
          <p class="muted small">{t("lineIntro")}</p>
          <ol class="line-magnets">
            <For each={state.line.magnets}>
              {(magnet, index) => (
                <li class="line-magnet" data-sending={magnet.sending ? "" : undefined}>
                  <span class="line-position" title={t("linePosition", { position: index() + 1 })}>
                    {index() + 1}
                  </span>
                  <span class="line-name">{magnet.name}</span>
                  <span class="muted small line-state">{magnet.sending ? t("lineSending") : ""}</span>
                  <button
                    type="button"
                    aria-label={t("cancelNamed", { name: magnet.name })}
                    onClick={() => void actions.cancelWaiting(magnet.id)}
                  >
                    {t("cancel")}
                  </button>
                </li>
              )}
            </For>
          </ol>
        </Show>
        <Show when={state.later.length > 0}>
          <ul class="later-adds">
            <For each={state.later}>
              {(add) => (
                <li class="line-magnet">
                  <span class="line-name">{add.name}</span>
                  <span class="muted small line-state">
                    {add.at === null
                      ? t("laterGaveUp", { reason: codeText(add.error ?? "GENERIC") })
                      : t("laterAt", { time: timeOf(add.at) })}
                  </span>
                  <button
                    type="button"
                    aria-label={t(add.at === null ? "dismissNamed" : "cancelNamed", { name: add.name })}
                    onClick={() => actions.cancelLater(add.key)}
                  >
                    {t("cancel")}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Show>
  );
}
