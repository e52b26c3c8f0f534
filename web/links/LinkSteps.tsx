// The steps of a link that need the user or time: the password prompt, the stream quality
// choice and the delayed-link countdown.

import { createSignal, For } from "solid-js";
import type { StreamQuality } from "../../protocol/alldebrid";
import { bestStream } from "../alldebrid";
import { DelayedCountdown } from "../app/DelayedCountdown";
import { ErrorLine } from "../app/ErrorLine";
import { lang } from "../i18n";
import { formatSize } from "../i18n/format";
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

/** "720p · mp4 · 52 MB"; an audio stream says its format once ("mp3 · 3 MB", never "mp3 · mp3"). */
export function qualityLabel(stream: StreamQuality, language = lang()): string {
  const quality = typeof stream.quality === "number" ? `${stream.quality}p` : stream.quality;
  const parts = [quality, stream.ext, formatSize(stream.filesize, language), stream.name].filter(Boolean);
  return parts.filter((part, index) => parts.indexOf(part) === index).join(" · ");
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

export function DelayedStep(props: { item: LinkItem }) {
  return (
    <div class="link-step" aria-busy="true">
      <p>{t("delayedText")}</p>
      <p>
        <DelayedCountdown readyAt={props.item.readyAt} />
      </p>
    </div>
  );
}
