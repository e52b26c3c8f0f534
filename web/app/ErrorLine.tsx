// The one way a screen shows what went wrong: a sentence in the user's language (errorText),
// announced as it appears (role=alert), and nothing at all while there is no error. The
// sentences of every error code load with the first error shown, not with the screen.
import { createEffect, createSignal, type JSX, Show } from "solid-js";

type ErrorTexts = typeof import("../i18n/errors");

const [errorTexts, setErrorTexts] = createSignal<ErrorTexts>();

/** `text` words the error itself when the screen knows better (a stored item error, say). */
export function ErrorLine(props: { error: unknown; text?: string; id?: string }): JSX.Element {
  createEffect(() => {
    if (props.error && props.text === undefined && !errorTexts()) void import("../i18n/errors").then(setErrorTexts);
  });
  return (
    <Show when={props.error}>
      <p id={props.id} class="error" role="alert">
        {props.text ?? errorTexts()?.errorText(props.error)}
      </p>
    </Show>
  );
}
