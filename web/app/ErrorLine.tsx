// The one way a screen shows what went wrong: a sentence in the user's language (errorText),
// announced as it appears (role=alert), and nothing at all while there is no error. The
// sentences of every error code load with the first error shown, not with the screen. When
// AllDebrid no longer takes this device's apikey (revoked, regenerated), "Sign in again" is
// offered right there; what the device keeps stays until another key signs in. Its link is a
// plain one (the router takes its click as every same-origin link's): the stranger's sign-in
// screen shows this line too, and brings no router.
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { defineStrings } from "../i18n";

type ErrorTexts = typeof import("../i18n/errors");

const [errorTexts, setErrorTexts] = createSignal<ErrorTexts>();

const t = defineStrings({
  en: { signInAgain: "Sign in again" },
  fr: { signInAgain: "Se reconnecter" },
});

/** `text` words the error itself when the screen knows better (a stored item error, say). */
export function ErrorLine(props: { error: unknown; text?: string; id?: string }): JSX.Element {
  createEffect(() => {
    if (props.error && !errorTexts()) void import("../i18n/errors").then(setErrorTexts);
  });
  // On the sign-in screen a refused key is one to check, not a session to leave.
  const offerSignIn = () => Boolean(errorTexts()?.needsSignIn(props.error)) && location.pathname !== "/signin";
  return (
    <Show when={props.error}>
      <p id={props.id} class="error" role="alert">
        {props.text ?? errorTexts()?.errorText(props.error)}
      </p>
      <Show when={offerSignIn()}>
        <p class="sign-in-again">
          <a href="/signin" class="button primary">
            {t("signInAgain")}
          </a>
        </p>
      </Show>
    </Show>
  );
}
