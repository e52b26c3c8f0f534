// New-location verification, the screen's logic: AllDebrid e-mailed the user; /v4.1/user/verif is
// asked every 5 s until the sign-in is allowed (then the returned apikey signs in) or denied, and
// the e-mail can be sent again once (ALREADY_SENT when it already was). Made by the screen for as
// long as it shows; its timer stops with it.
import { onCleanup } from "solid-js";
import { createStore } from "solid-js/store";
import { AllDebridError, type VerifData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import type { Store } from "../app/store-context";
import { signInWithApikey } from "./signin";
import { type PendingVerification, setVerification } from "./verification";

const CHECK_EVERY_MS = 5_000;

export interface VerificationState {
  answer: VerifData["verif"] | "expired";
  /** "Send the e-mail again" may still be used. */
  resendable: boolean;
  /** The last check's failure (it keeps checking). */
  error: unknown;
}

export function createVerification(pending: PendingVerification, onSignedIn: () => void) {
  const [state, setState] = createStore<VerificationState>({ answer: "waiting", resendable: true, error: null });
  const asked = { apikey: pending.apikey ?? undefined };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  onCleanup(() => {
    stopped = true;
    clearTimeout(timer);
  });

  async function check(): Promise<void> {
    if (stopped) return;
    try {
      const answer = await callApi("/v4.1/user/verif", { token: pending.token }, asked);
      setState({ error: null, answer: answer.verif, resendable: answer.resendable ?? false });
      if (answer.verif === "allowed") {
        const key = answer.apikey ?? pending.apikey;
        if (key && (await signInWithApikey(key)) === "signed-in") {
          setVerification(null);
          onSignedIn();
        }
        return;
      }
      if (answer.verif === "denied") return;
    } catch (error) {
      if (error instanceof AllDebridError && error.code === "PIN_EXPIRED") return void setState("answer", "expired");
      setState("error", error);
    }
    if (!stopped) timer = setTimeout(() => void check(), CHECK_EVERY_MS);
  }

  /** Sends the e-mail again, once; throws why AllDebrid would not. */
  async function resend(): Promise<void> {
    setState("resendable", false);
    await callApi("/v4.1/user/verif/resend", { token: pending.token }, asked);
  }

  const actions = { check, resend, giveUp: () => setVerification(null) };
  return [state, actions] as const satisfies Store<VerificationState, unknown>;
}
