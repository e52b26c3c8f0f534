// New-location verification: AllDebrid e-mailed the user; this screen polls /v4.1/user/verif
// until the sign-in is allowed (then signs in with the returned apikey) or denied, and can
// resend the e-mail once (ALREADY_SENT when it was already resent).

import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { AllDebridError, type VerifData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { errorText } from "../i18n/errors";
import { signInWithApikey } from "./signin";
import { t } from "./strings";
import { type PendingVerification, setVerification } from "./verification";

const CHECK_EVERY_MS = 5_000;

export function VerifyLocation(props: { pending: PendingVerification; onSignedIn: () => void }) {
  const [state, setState] = createSignal<VerifData["verif"] | "expired">("waiting");
  const [resendable, setResendable] = createSignal(true);
  const [notice, setNotice] = createSignal("");
  const [error, setError] = createSignal<unknown>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function check(): Promise<void> {
    if (stopped) return;
    try {
      const answer = await callApi(
        "/v4.1/user/verif",
        { token: props.pending.token },
        { apikey: props.pending.apikey ?? undefined },
      );
      setError(null);
      setState(answer.verif);
      setResendable(answer.resendable ?? false);
      if (answer.verif === "allowed") {
        const key = answer.apikey ?? props.pending.apikey;
        if (key && (await signInWithApikey(key)) === "signed-in") {
          setVerification(null);
          props.onSignedIn();
        }
        return;
      }
      if (answer.verif === "denied") return;
    } catch (e) {
      if (e instanceof AllDebridError && e.code === "PIN_EXPIRED") return void setState("expired");
      setError(e);
    }
    if (!stopped) timer = setTimeout(() => void check(), CHECK_EVERY_MS);
  }

  async function resend(): Promise<void> {
    try {
      await callApi(
        "/v4.1/user/verif/resend",
        { token: props.pending.token },
        { apikey: props.pending.apikey ?? undefined },
      );
      setNotice(t("resent"));
    } catch (e) {
      setNotice(errorText(e));
    }
    setResendable(false);
  }

  onMount(() => void check());
  onCleanup(() => {
    stopped = true;
    clearTimeout(timer);
  });

  return (
    <section class="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t("verifyTitle")}</h2>
      <p>{t("verifyText")}</p>
      <p role="status" class={state() === "waiting" ? "muted" : "error"}>
        {state() === "denied" ? t("verifyDenied") : state() === "expired" ? t("verifyExpired") : t("verifyWaiting")}
      </p>
      <ErrorLine error={error()} />
      <Show when={notice()}>
        <p role="status">{notice()}</p>
      </Show>
      <div class="row">
        <Show when={state() === "waiting"}>
          <button type="button" onClick={() => void resend()} disabled={!resendable()}>
            {t("resend")}
          </button>
        </Show>
        <button type="button" onClick={() => setVerification(null)}>
          {t("backToSignIn")}
        </button>
      </div>
    </section>
  );
}
