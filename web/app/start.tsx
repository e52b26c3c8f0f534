// The app: the shell, the router and every screen (each loaded with its route), for a device
// with a session, for a share (which waits for a sign-in), or once a stranger has signed in.
// It restores the session from IndexedDB and renders at once (screens show their last known
// state), then starts the outbox and refreshes the account; what can wait waits for the load.
import { render } from "solid-js/web";
import { startOutbox } from "../offline/outbox";
import { restoreSession } from "../session/session";
import { refreshUser } from "../session/signin";
import { App } from "./App";
import { afterLoad } from "./after-load";
import { preloadScreen } from "./routes";

/**
 * The first number or date format made loads the language's formatting data, which takes a
 * phone tens of milliseconds: done in a task of its own while the screen's code and its list are
 * still on their way, rather than in the middle of the screen's first render.
 */
function warmFormats(): void {
  const language = document.documentElement.lang;
  new Intl.NumberFormat(language).format(1.5);
  new Intl.DateTimeFormat(language, { day: "numeric", month: "short" }).format(0);
}

/** Renders the app into #root, at the address the page has now. */
export function startApp(): void {
  const root = document.getElementById("root");
  if (!root) return;
  root.replaceChildren();
  // A device with a session opens its screen: it loads beside the shell, not after it.
  if (document.documentElement.dataset.session !== undefined) {
    preloadScreen(location.pathname);
    setTimeout(warmFormats);
  }
  // Files opened with the installed app come through launchQueue, where there is one.
  if ("launchQueue" in window) void import("../share/incoming").then(({ listenForLaunches }) => listenForLaunches());
  render(() => <App />, root);
  void restoreSession().then(() => {
    startOutbox();
    void refreshUser();
    afterLoad(() => void import("../notifications").then(({ startNotifications }) => startNotifications()));
  });
}
