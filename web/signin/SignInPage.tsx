// The Sign in screen, all of it within a phone's first screen: by PIN (the default), by pasting
// an apikey, or, when this deployment's upstream is the sandbox, with a made-up sandbox account
// (or the one this device tried last). Shows the new-location check instead while one is pending.
// What arrives late (the code, the sandbox offer) has its room already, or comes last. It needs
// no router: a stranger meets it alone (SignedOutPage.tsx), the app under its /signin route
// (SignInRoute.tsx); both say where a sign-in leads.
import { createSignal, lazy, Show } from "solid-js";
import { isServer } from "solid-js/web";
import { AllDebridError } from "../../protocol/alldebrid";
import { deployment } from "../api/deployment";
import { ErrorLine } from "../app/ErrorLine";
import { isSandboxKey, lastSandboxKey, newSandboxApikey, rememberSandboxKey } from "../session/sandbox-account";
import { signInWithApikey } from "../session/signin";
import { verification } from "../session/verification";
import { PinSignIn } from "./PinSignIn";
import { t } from "./strings";

const VerifyLocation = lazy(() => import("./VerifyLocation").then((m) => ({ default: m.VerifyLocation })));

/** On this screen a refused key is one to check and try again, not a session to sign in to again. */
function keyErrorText(error: unknown): string | undefined {
  const refused = error instanceof AllDebridError && ["AUTH_BAD_APIKEY", "AUTH_MISSING_APIKEY"].includes(error.code);
  return refused ? t("keyRefused") : undefined;
}

/** `next`: where a sign-in leads (the screen that sent the user here, with a share waiting, say). */
export function SignInPage(props: { next: string; onSignedIn: (next: string) => void }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [key, setKey] = createSignal("");
  const last = lastSandboxKey();
  const done = () => props.onSignedIn(props.next);

  async function tryKey(candidate: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      if ((await signInWithApikey(candidate)) === "signed-in") {
        if (isSandboxKey(candidate)) rememberSandboxKey(candidate);
        done();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="signin">
      <h1>{t("title")}</h1>
      <p class="signin-intro muted">{t("intro")}</p>
      <Show
        when={verification()}
        fallback={
          <>
            <PinSignIn onApikey={tryKey} />
            <form
              class="card signin-key"
              aria-labelledby="key-heading"
              onSubmit={(event) => {
                event.preventDefault();
                if (key().trim()) void tryKey(key().trim());
              }}
            >
              <h2 id="key-heading">{t("keyHeading")}</h2>
              <label for="apikey" class="visually-hidden">
                {t("keyLabel")}
              </label>
              <div class="signin-key-row">
                <input
                  id="apikey"
                  name="apikey"
                  type="password"
                  autocomplete="off"
                  spellcheck={false}
                  placeholder={t("keyLabel")}
                  aria-describedby="apikey-hint"
                  // In the frame painted before the code is there, a key typed in would be lost.
                  disabled={isServer}
                  value={key()}
                  onInput={(event) => setKey(event.currentTarget.value)}
                />
                <button type="submit" class="primary" disabled={busy() || !key().trim()}>
                  {busy() ? t("checking") : t("keySubmit")}
                </button>
              </div>
              <p id="apikey-hint" class="muted small">
                {t("keyHint")}
              </p>
              <ErrorLine error={error()} text={keyErrorText(error())} />
            </form>
            <Show when={deployment()?.upstream === "sandbox"}>
              <section class="card signin-sandbox" aria-labelledby="sandbox-heading">
                <h2 id="sandbox-heading">{t("sandboxHeading")}</h2>
                <p class="muted small">{last ? t("sandboxBackText") : t("sandboxText")}</p>
                <div class="row">
                  <Show when={last}>
                    {(previous) => (
                      <button type="button" class="primary" disabled={busy()} onClick={() => void tryKey(previous())}>
                        {t("sandboxBack")}
                      </button>
                    )}
                  </Show>
                  <button
                    type="button"
                    classList={{ primary: !last }}
                    disabled={busy()}
                    onClick={() => void tryKey(newSandboxApikey())}
                  >
                    {last ? t("sandboxNew") : t("sandboxButton")}
                  </button>
                </div>
              </section>
            </Show>
          </>
        }
      >
        {(pending) => <VerifyLocation pending={pending()} onSignedIn={done} />}
      </Show>
    </div>
  );
}

/** Only a path of this app: never another origin ("//host" or "https://...") from the address. */
export function returnPath(next: string | string[] | null | undefined): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}
