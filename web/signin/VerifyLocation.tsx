// New-location verification: AllDebrid e-mailed the user; this screen says so and waits for the
// answer (web/session/verify-location.ts checks), and offers to send the e-mail again once.

import { createSignal, onMount, Show } from "solid-js";
import { ErrorLine } from "../app/ErrorLine";
import { errorText } from "../i18n/errors";
import type { PendingVerification } from "../session/verification";
import { createVerification } from "../session/verify-location";
import { t } from "./strings";

export function VerifyLocation(props: { pending: PendingVerification; onSignedIn: () => void }) {
  const [verification, actions] = createVerification(props.pending, () => props.onSignedIn());
  const [notice, setNotice] = createSignal("");
  const state = () => verification.answer;

  async function resend(): Promise<void> {
    try {
      await actions.resend();
      setNotice(t("resent"));
    } catch (e) {
      setNotice(errorText(e));
    }
  }

  onMount(() => void actions.check());

  return (
    <section class="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t("verifyTitle")}</h2>
      <p>{t("verifyText")}</p>
      <p role="status" class={state() === "waiting" ? "muted" : "error"}>
        {state() === "denied" ? t("verifyDenied") : state() === "expired" ? t("verifyExpired") : t("verifyWaiting")}
      </p>
      <ErrorLine error={verification.error} />
      <Show when={notice()}>
        <p role="status">{notice()}</p>
      </Show>
      <div class="row">
        <Show when={state() === "waiting"}>
          <button type="button" onClick={() => void resend()} disabled={!verification.resendable}>
            {t("resend")}
          </button>
        </Show>
        <button type="button" onClick={actions.giveUp}>
          {t("backToSignIn")}
        </button>
      </div>
    </section>
  );
}
