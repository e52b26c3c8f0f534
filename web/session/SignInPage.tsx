// The Sign in screen: by PIN (the default), by pasting an apikey, or, when this deployment's
// upstream is the sandbox, with a made-up sandbox account. Shows the new-location check instead
// while one is pending.

import { useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { deployment } from "../api/deployment";
import { ErrorLine } from "../app/ErrorLine";
import { PinSignIn } from "./PinSignIn";
import "./session.css";
import { newSandboxApikey, signInWithApikey } from "./signin";
import { t } from "./strings";
import { VerifyLocation } from "./VerifyLocation";
import { verification } from "./verification";

export default function SignInPage() {
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [key, setKey] = createSignal("");

  const [search] = useSearchParams();
  // A screen that sent the user here (the share screen, with a share waiting) gets them back.
  const done = () => navigate(returnPath(search.next), { replace: true });

  async function tryKey(candidate: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      if ((await signInWithApikey(candidate)) === "signed-in") done();
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
            <p class="muted">{t("intro")}</p>
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
              <label for="apikey">{t("keyLabel")}</label>
              <input
                id="apikey"
                name="apikey"
                type="password"
                autocomplete="off"
                spellcheck={false}
                aria-describedby="apikey-hint"
                value={key()}
                onInput={(event) => setKey(event.currentTarget.value)}
              />
              <p id="apikey-hint" class="muted">
                {t("keyHint")}
              </p>
              <ErrorLine error={error()} />
              <button type="submit" class="primary" disabled={busy() || !key().trim()}>
                {busy() ? t("checking") : t("keySubmit")}
              </button>
            </form>
            <Show when={deployment()?.upstream === "sandbox"}>
              <section class="card" aria-labelledby="sandbox-heading">
                <h2 id="sandbox-heading">{t("sandboxHeading")}</h2>
                <p class="muted">{t("sandboxText")}</p>
                <button type="button" class="primary" disabled={busy()} onClick={() => void tryKey(newSandboxApikey())}>
                  {t("sandboxButton")}
                </button>
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
