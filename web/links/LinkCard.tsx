// One link in the list: what the device recognised, the infos preview, and the step it is at.

import { A } from "@solidjs/router";
import { Match, Show, Switch } from "solid-js";
import { ErrorLine } from "../app/ErrorLine";
import { lang } from "../i18n";
import { formatSize } from "../i18n/format";
import { useLinks } from "./context";
import { type LinkItem, RETRYABLE } from "./items";
import { DelayedCountdown, PasswordPrompt, QualityChoice } from "./LinkSteps";
import { ResultActions } from "./ResultActions";
import { itemErrorText, t } from "./strings";

function kindLabel(item: LinkItem): string {
  const service = item.service ?? "";
  switch (item.kind) {
    case "host":
      return service ? t("kindHost", { service }) : t("kindHostUnknown");
    case "stream":
      return t("kindStream", { service });
    case "redirector":
      return t("kindRedirector", { service });
    case "magnet":
      return t("kindMagnet");
    case "unsupported":
      return t("kindUnsupported");
    default:
      return t("kindUnknown");
  }
}

/** The button that starts the first step for this kind of link. */
function StartButton(props: { item: LinkItem; label?: string }) {
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
    return props.item.kind === "unsupported" ? t("tryAnyway") : t("unlock");
  };
  return (
    <button type="button" class={props.item.kind === "unsupported" ? "" : "primary"} onClick={() => void start()}>
      {label()}
    </button>
  );
}

export function LinkCard(props: { item: LinkItem }) {
  const [, actions] = useLinks();
  const title = () => props.item.result?.filename || props.item.name || props.item.link;
  const busy = () => props.item.step === "checking" || props.item.step === "working";
  return (
    <li class="card link-card" aria-busy={busy() ? "true" : undefined} data-step={props.item.step}>
      <div class="link-head">
        <span class={`link-kind kind-${props.item.kind}`}>{kindLabel(props.item)}</span>
        <Show when={props.item.size}>
          <span class="muted">{formatSize(props.item.size, lang())}</span>
        </Show>
        <button
          type="button"
          class="link-remove"
          aria-label={t("remove", { name: title() })}
          onClick={() => actions.removeLink(props.item.key)}
        >
          ×
        </button>
      </div>
      <p class="link-title">{title()}</p>
      <Show when={title() !== props.item.link}>
        <p class="link-source muted">{props.item.link}</p>
      </Show>
      <Show when={props.item.from}>
        <p class="muted small">{t("fromRedirector")}</p>
      </Show>
      <Show when={props.item.up === false}>
        <p class="warning small">{t("hostDown")}</p>
      </Show>
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
          <DelayedCountdown item={props.item} />
        </Match>
        <Match when={props.item.step === "unlocked" && props.item.result}>
          {(result) => <ResultActions item={props.item} result={result()} />}
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
    </li>
  );
}
