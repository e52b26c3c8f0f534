// The steps of a link that need the user or time: the password prompt, the stream quality
// choice and the delayed-link countdown.

import { createSignal, For } from "solid-js";
import { bestStream } from "../alldebrid";
import { DelayedCountdown } from "../app/DelayedCountdown";
import { ErrorLine } from "../app/ErrorLine";
import { useLinks } from "./context";
import type { LinkItem } from "./items";
import { qualityLabel } from "./quality-label";
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
