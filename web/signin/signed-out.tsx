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
// In a task of its own, after this code's evaluation: two short tasks keep a phone's main thread
// free sooner than one long one.
if (root) setTimeout(() => showLive(root));

function showLive(root: HTMLElement): void {
  root.replaceChildren();
  const next = returnPath(new URLSearchParams(location.search).get("next"));
  // The update prompt registers the service worker: it comes once the page has loaded.
  const UpdatePrompt = lazy(() => import("../app/UpdatePrompt").then((m) => ({ default: m.UpdatePrompt })));
  const [loaded, setLoaded] = createSignal(false);
  const page = () => (
    <SignedOutPage
      next={next}
      onSignedIn={(path) => void enterApp(path)}
      after={
        <Show when={loaded()}>
          <UpdatePrompt />
        </Show>
      }
    />
  );
  const dispose = render(page, root);
  let signedIn = false;

  /** The app's code first; then, in one go, this page gives way and the app shows at `path`. */
  async function enterApp(path: string): Promise<void> {
    signedIn = true;
    const { startApp } = await import("../app/start");
    dispose();
    history.replaceState(null, "", path);
    startApp();
  }

  afterLoad(() => {
    setLoaded(true);
    void goOnIfSignedInBefore(() => signedIn);
  });
}

/**
 * A device signed in by an older version of the app holds its session without the mark that
 * web/boot/head.js reads: it goes on where it was going, now marked. A stranger's device has no
 * database at all, so nothing more is loaded for it.
 */
async function goOnIfSignedInBefore(signedInHere: () => boolean): Promise<void> {
  if (signedInHere()) return;
  if ("databases" in indexedDB && !(await indexedDB.databases()).some((database) => database.name === DB_NAME)) return;
  const { apikey, restoreSession } = await import("../session/session");
  // A database that is not the app's (another page opened it empty) holds no session either.
  await restoreSession().catch(() => undefined);
  const from = (history.state as { from?: string } | null)?.from;
  // (A sign-in on this page meanwhile is this page's to follow through.)
  if (apikey() && !signedInHere()) location.replace(from ?? "/");
}
