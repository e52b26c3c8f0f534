// The app: the shell, the router and every screen (each loaded with its route), for a device
// with a session, for a share (which waits for a sign-in), or once a stranger has signed in.
// It restores the session from IndexedDB and renders at once (screens show their last known
// state; over the last frame a restart painted, once the screen can take its place), then starts
// the outbox and refreshes the account; what can wait waits for the load.
import { render } from "solid-js/web";
import { lang } from "../i18n";
import { formatShortDate } from "../i18n/format";
import { formatBytes } from "../magnets/format";
import { startOutbox } from "../offline/outbox";
import { restoreSession } from "../session/session";
import { refreshUser } from "../session/signin";
import { App } from "./App";
import { afterLoad } from "./after-load";
import { preloadScreen } from "./routes";
import { waitAtMost } from "./wait-at-most";

/**
 * Making a number or date format loads the language's formatting data, which takes a phone tens
 * of milliseconds: the formats a magnet row uses (sizes with and without a decimal, a date of
 * today, of this year, of another year) are made while the screen's code and its list are still
 * on their way, each in a task of its own, rather than all in the middle of the first render.
 */
function warmFormats(): void {
  const language = lang();
  const warmers = [
    () => formatBytes(1536, language),
    () => formatBytes(100, language),
    () => formatShortDate(Date.now() / 1000, language),
    () => formatShortDate(new Date(new Date().getFullYear(), 0, 1).getTime() / 1000, language),
    () => formatShortDate(0, language),
  ];
  const next = () => {
    warmers.shift()?.();
    if (warmers.length) setTimeout(next);
  };
  setTimeout(next);
}

/** A last frame waits this long at most for the live screen; past it, the app shows what it has. */
const LAST_FRAME_WAIT_MS = 1000;

/**
 * Renders the app into #root, at the address the page has now. Over a last frame (web/boot/first-frame.js),
 * once the session and the screen's saved state are read: the live screen then replaces the
 * frame in one go, already showing what the frame showed, rather than blank for a moment.
 */
export function startApp(): void {
  const root = document.getElementById("root");
  if (!root) return;
  const restored = restoreSession();
  let screen: Promise<unknown> = Promise.resolve();
  // A device with a session opens its screen: it loads beside the shell, not after it.
  if (document.documentElement.dataset.session !== undefined) {
    screen = preloadScreen(location.pathname);
    warmFormats();
  }
  // Files opened with the installed app come through launchQueue, where there is one.
  if ("launchQueue" in window) void import("../share/incoming").then(({ listenForLaunches }) => listenForLaunches());
  const show = () => {
    root.replaceChildren();
    root.inert = false;
    delete root.dataset.lastFrame;
    render(() => <App />, root);
  };
  const shown =
    root.dataset.lastFrame === undefined
      ? Promise.resolve(show())
      : waitAtMost(Promise.all([restored, screen]), LAST_FRAME_WAIT_MS).then(show, show);
  void Promise.all([shown, restored]).then(() => {
    startOutbox();
    void refreshUser();
    afterLoad(() => void import("../notifications").then(({ startNotifications }) => startNotifications()));
  });
}
