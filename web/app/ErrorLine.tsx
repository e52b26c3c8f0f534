// The one way a screen shows what went wrong: a sentence in the user's language (errorText),
// announced as it appears (role=alert), and nothing at all while there is no error.
import { type JSX, Show } from "solid-js";
import { errorText } from "../i18n/errors";

/** `text` words the error itself when the screen knows better (a stored item error, say). */
export function ErrorLine(props: { error: unknown; text?: string; id?: string }): JSX.Element {
  return (
    <Show when={props.error}>
      <p id={props.id} class="error" role="alert">
        {props.text ?? errorText(props.error)}
      </p>
    </Show>
  );
}
