// Finishing a sign-in, whichever way the apikey came (PIN, pasted, sandbox, e-mail approval):
// the key is checked with /v4.1/user, then kept with the account, whose language the app follows.
// AUTH_BLOCKED is not an error here: web/api/client.ts has already started the verification.
import { AllDebridError } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { followAccountLang } from "../i18n";
import { online } from "../offline/online";
import { apikey, rememberUser, signIn } from "./session";

export type SignInOutcome = "signed-in" | "verify";

/** Throws the AllDebridError of a refused key. */
export async function signInWithApikey(key: string): Promise<SignInOutcome> {
  try {
    const { user } = await callApi("/v4.1/user", {}, { apikey: key });
    await signIn(key, user);
    followAccountLang(user.lang);
    return "signed-in";
  } catch (error) {
    if (error instanceof AllDebridError && error.code === "AUTH_BLOCKED" && error.token) return "verify";
    throw error;
  }
}

/** At start-up: the account as it is now (premium, lang, quotas), when signed in and online. */
export async function refreshUser(): Promise<void> {
  if (!apikey() || !online()) return;
  try {
    const { user } = await callApi("/v4.1/user");
    await rememberUser(user);
    followAccountLang(user.lang);
  } catch {
    // The last known account stays on screen; the screens that need it show their own errors.
  }
}
