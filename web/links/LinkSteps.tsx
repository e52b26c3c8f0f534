// The steps of a link that need the user or time: the password prompt, the stream quality
// choice and the delayed-link countdown.

import { createSignal, For, onCleanup, Show } from "solid-js";
import type { StreamQuality } from "../../protocol/alldebrid";
import { bestStream } from "../alldebrid";
import { ErrorLine } from "../app/ErrorLine";
import { lang } from "../i18n";
import { formatCountdown, formatSize } from "../i18n/format";
import { useLinks } from "./context";
import type { LinkItem } from "./items";
import { t } from "./strings";

export function PasswordPrompt(props: { item: LinkItem }) {
  const [, actions] = useLinks();
  const [password, setPassword] = createSignal("");
  const id = () => `password-${props.item.key}`;
  return (
    <form
      class="link-step"
      onSubmit={(event) => {
        event.preventDefault();
        void actions.unlock(props.item.key, password());
      }}
    >
      <p>{t("passwordNeeded")}</p>
      <label for={id()}>{t("passwordLabel")}</label>
      <input
        id={id()}
        type="password"
        autocomplete="off"
        value={password()}
        aria-invalid={props.item.wrongPassword ? "true" : undefined}
        aria-describedby={props.item.wrongPassword ? `${id()}-error` : undefined}
        onInput={(event) => setPassword(event.currentTarget.value)}
      />
      <ErrorLine id={`${id()}-error`} error={props.item.wrongPassword} text={t("passwordWrong")} />
      <button type="submit" class="primary" disabled={password() === ""}>
        {t("passwordSubmit")}
      </button>
    </form>
  );
}

function qualityLabel(stream: StreamQuality): string {
  const quality = typeof stream.quality === "number" ? `${stream.quality}p` : stream.quality;
  return [quality, stream.ext, formatSize(stream.filesize, lang()), stream.name].filter(Boolean).join(" · ");
}

export function QualityChoice(props: { item: LinkItem }) {
  const [, actions] = useLinks();
  const [choice, setChoice] = createSignal(bestStream(props.item.streams ?? [])?.id ?? "");
  const id = () => `quality-${props.item.key}`;
  return (
    <form
      class="link-step"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice()) void actions.chooseStream(props.item.key, choice());
      }}
    >
      <p>{t("qualityPrompt")}</p>
      <label for={id()}>{t("qualityLabel")}</label>
      <select id={id()} onChange={(event) => setChoice(event.currentTarget.value)}>
        <For each={props.item.streams ?? []}>
          {(stream) => (
            <option value={stream.id} selected={stream.id === choice()}>
              {qualityLabel(stream)}
            </option>
          )}
        </For>
      </select>
      <button type="submit" class="primary">
        {t("qualitySubmit")}
      </button>
    </form>
  );
}

export function DelayedCountdown(props: { item: LinkItem }) {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(timer));
  const secondsLeft = () => (props.item.readyAt ? Math.max(0, (props.item.readyAt - now()) / 1000) : null);
  return (
    <div class="link-step" aria-busy="true">
      <p>{t("delayedText")}</p>
      <p class="countdown">
        <Show when={secondsLeft() !== null && secondsLeft()! > 0} fallback={t("delayedWaiting")}>
          {t("delayedCountdown", { time: formatCountdown(secondsLeft()!) })}
        </Show>
      </p>
    </div>
  );
}
