// The Sign in screen, all of it within a phone's first screen: by PIN (the default), by pasting
// an apikey, or, when this deployment's upstream is the sandbox, with a made-up sandbox account
// (or the one this device tried last). Shows the new-location check instead while one is pending.
// What arrives late (the code, the sandbox offer) has its room already, or comes last.
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { AllDebridError } from "../../protocol/alldebrid";
import { deployment } from "../api/deployment";
import { ErrorLine } from "../app/ErrorLine";
import { PinSignIn } from "./PinSignIn";
import "./signin.css";
import { isSandboxKey, lastSandboxKey, newSandboxApikey, rememberSandboxKey } from "../session/sandbox-account";
import { signInWithApikey } from "../session/signin";
import { verification } from "../session/verification";
import { t } from "./strings";
import { VerifyLocation } from "./VerifyLocation";

/** On this screen a refused key is one to check and try again, not a session to sign in to again. */
function keyErrorText(error: unknown): string | undefined {
  const refused = error instanceof AllDebridError && ["AUTH_BAD_APIKEY", "AUTH_MISSING_APIKEY"].includes(error.code);
  return refused ? t("keyRefused") : undefined;
}

export default function SignInPage() {
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [key, setKey] = createSignal("");
  const last = lastSandboxKey();

  const [search] = useSearchParams();
  // A screen that sent the user here (the share screen, with a share waiting) gets them back.
  const done = () => navigate(returnPath(search.next), { replace: true });

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
function returnPath(next: string | string[] | undefined): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}
