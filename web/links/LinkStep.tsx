// Where one link stands and what can be done next: its first action, a call in flight, the
// password prompt, the quality choice, the delayed countdown, the download link's actions, a
// queued unlock, or the error. The Links screen's cards and the Share screen show the same.
import { A } from "@solidjs/router";
import { type JSX, Match, Show, Switch } from "solid-js";
import { ErrorLine } from "../app/ErrorLine";
import { online } from "../offline/online";
import { useLinks } from "./context";
import { type LinkItem, RETRYABLE } from "./items";
import { DelayedStep, PasswordPrompt, QualityChoice } from "./LinkSteps";
import { ResultActions } from "./ResultActions";
import { itemErrorText, t } from "./strings";

/** The button that starts the first step for this kind of link. */
function StartButton(props: { item: LinkItem; label?: string }): JSX.Element {
  const [, actions] = useLinks();
  const start = () => {
    if (props.item.kind === "magnet") return actions.addAsMagnet(props.item.key);
    if (props.item.kind === "redirector") return actions.expandRedirector(props.item.key);
    return actions.unlock(props.item.key);
  };
  const label = () => {
    if (props.label) return props.label;
    if (props.item.kind === "magnet") return t("addMagnet");
    if (props.item.kind === "redirector") return t("expand");
    if (props.item.kind === "unsupported") return t("tryAnyway");
    return online() ? t("unlock") : t("unlockOffline");
  };
  return (
    <button type="button" class={props.item.kind === "unsupported" ? "" : "primary"} onClick={() => void start()}>
      {label()}
    </button>
  );
}

export function LinkStep(props: { item: LinkItem }): JSX.Element {
  const busy = () => props.item.step === "checking" || props.item.step === "working";
  return (
    <Switch>
      <Match when={props.item.step === "new"}>
        <Show when={props.item.kind === "unsupported"}>
          <p class="muted">{t("unsupportedText")}</p>
        </Show>
        <StartButton item={props.item} />
      </Match>
      <Match when={busy()}>
        <p class="muted" role="status">
          {props.item.step === "checking" ? t("checking") : t("working")}
        </p>
      </Match>
      <Match when={props.item.step === "password"}>
        <PasswordPrompt item={props.item} />
      </Match>
      <Match when={props.item.step === "quality"}>
        <QualityChoice item={props.item} />
      </Match>
      <Match when={props.item.step === "delayed"}>
        <DelayedStep item={props.item} />
      </Match>
      <Match when={props.item.step === "unlocked" && props.item.result?.link ? props.item.result : undefined}>
        {(result) => <ResultActions item={props.item} result={result()} />}
      </Match>
      <Match when={props.item.step === "queued"}>
        <p class="warning" role="status">
          {t("unlockQueued")}
        </p>
      </Match>
      <Match when={props.item.step === "expanded"}>
        <p class="muted">{t("expanded", { count: props.item.found ?? 0 })}</p>
      </Match>
      <Match when={props.item.step === "magnetAdded"}>
        <p>{t("magnetAdded", { name: props.item.magnetName ?? "" })}</p>
        <A href="/">{t("openMagnets")}</A>
      </Match>
      <Match when={props.item.step === "magnetQueued"}>
        <p class="muted">{t("magnetQueued")}</p>
      </Match>
      <Match when={props.item.step === "magnetWaiting"}>
        <p>{t("magnetWaiting", { name: props.item.magnetName ?? "" })}</p>
        <A href="/">{t("openMagnets")}</A>
      </Match>
      <Match when={props.item.step === "failed" && props.item.error}>
        {(error) => (
          <>
            <ErrorLine error={error()} text={itemErrorText(error())} />
            <Show when={RETRYABLE.has(error().code)}>
              <StartButton item={props.item} label={t("retry")} />
            </Show>
          </>
        )}
      </Match>
    </Switch>
  );
}
