// A stranger on /signin: the sign-in screen alone, live, in place of the same screen that
// index.html painted first (first-frame.tsx); no router and no other screen's code. Once signed
// in, the app loads and takes over where the sign-in leads. The service worker registers (with
// the update prompt) once the page has loaded, so the app opens offline from the next visit on.
import { createSignal, lazy, Show } from "solid-js";
import { render } from "solid-js/web";
import { afterLoad } from "../app/after-load";
import { DB_NAME } from "../offline/db-name";
import { SignedOutPage } from "./SignedOutPage";
import { returnPath } from "./SignInPage";

const root = document.getElementById("root");
if (root) {
  root.replaceChildren();
  const next = returnPath(new URLSearchParams(location.search).get("next"));
  // The update prompt registers the service worker: it comes once the page has loaded.
  const UpdatePrompt = lazy(() => import("../app/UpdatePrompt").then((m) => ({ default: m.UpdatePrompt })));
  const [loaded, setLoaded] = createSignal(false);
  const page = () => (
    <SignedOutPage
      next={next}
      onSignedIn={enterApp}
      after={
        <Show when={loaded()}>
          <UpdatePrompt />
        </Show>
      }
    />
  );
  const dispose = render(page, root);

  function enterApp(path: string): void {
    dispose();
    history.replaceState(null, "", path);
    void import("../app/start");
  }

  afterLoad(() => {
    setLoaded(true);
    void goOnIfSignedInBefore();
  });
}

/**
 * A device signed in by an older version of the app holds its session without the mark that
 * web/boot/head.js reads: it goes on where it was going, now marked. A stranger's device has no
 * database at all, so nothing more is loaded for it.
 */
async function goOnIfSignedInBefore(): Promise<void> {
  if ("databases" in indexedDB && !(await indexedDB.databases()).some((database) => database.name === DB_NAME)) return;
  const { apikey, restoreSession } = await import("../session/session");
  await restoreSession();
  const from = (history.state as { from?: string } | null)?.from;
  if (apikey()) location.replace(from ?? "/");
}
