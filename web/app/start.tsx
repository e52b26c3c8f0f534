// The app: the shell, the router and every screen (each loaded with its route), for a device
// with a session, for a share (which waits for a sign-in), or once a stranger has signed in.
// It restores the session from IndexedDB and renders at once (screens show their last known
// state; over the last frame a restart painted, off the page until it can take its place), then
// starts the outbox and refreshes the account; what can wait waits for the load.
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

/** Stylesheets wait this long at most: one that failed before it was watched says so no more. */
const STYLES_WAIT_MS = 1000;

/**
 * Settles once every stylesheet the page links has loaded (or failed). A last frame's stylesheets
 * are linked by web/boot/first-frame.js: the import of the app's code then finds them linked and
 * does not wait for them, and the app could render before its styles, or beside the frame they
 * are about to bring.
 */
function stylesIn(): Promise<unknown> {
  const loading = [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].filter((link) => !link.sheet);
  const loaded = (link: HTMLLinkElement) =>
    new Promise((resolve) => {
      link.addEventListener("load", resolve, { once: true });
      link.addEventListener("error", resolve, { once: true });
    });
  return waitAtMost(Promise.all(loading.map(loaded)), STYLES_WAIT_MS);
}

/** Settles once `root` holds an element `selector` matches (it may be off the page); stops watching at `stop`. */
function shows(root: HTMLElement, selector: string, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (root.querySelector(selector)) resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    check();
    stop.addEventListener("abort", () => observer.disconnect());
  });
}

/**
 * Over a last frame (web/boot/first-frame.js), the live app is drawn off the page: the shell once
 * the session is read, the screen when its code is in, its list a task after its store asks for
 * the device's copy (web/offline/device-copy.ts), each in a task of its own rather than all in one
 * long one that a tap would wait for. It takes the frame's place in one go once it shows rows
 * where the frame did, never blank for a moment; or after a second at most, with what it has.
 */
async function handOver(frame: HTMLElement, restored: Promise<unknown>): Promise<void> {
  const deadline = performance.now() + LAST_FRAME_WAIT_MS;
  const rows = frame.dataset.lastFrame;
  const live = frame.cloneNode(false) as HTMLElement;
  live.inert = false;
  delete live.dataset.lastFrame;
  await waitAtMost(restored, LAST_FRAME_WAIT_MS);
  render(() => <App />, live);
  if (rows && frame.querySelector(rows)) {
    const watching = new AbortController();
    await waitAtMost(shows(live, rows, watching.signal), Math.max(0, deadline - performance.now()));
    watching.abort();
  }
  frame.replaceWith(live);
}

/**
 * Renders the app into #root, at the address the page has now; over a last frame, off the page
 * until it can take the frame's place (handOver).
 */
export function startApp(): void {
  const root = document.getElementById("root");
  if (!root) return;
  const restored = restoreSession();
  // A device with a session opens its screen: it loads beside the shell, not after it.
  if (document.documentElement.dataset.session !== undefined) {
    preloadScreen(location.pathname, { offPage: root.dataset.lastFrame !== undefined });
    warmFormats();
  }
  // Files opened with the installed app come through launchQueue, where there is one.
  if ("launchQueue" in window) void import("../share/incoming").then(({ listenForLaunches }) => listenForLaunches());
  // Which way is decided once the styles are in: a last frame may come with them.
  const shown = stylesIn().then(async () => {
    if (root.dataset.lastFrame !== undefined) await handOver(root, restored);
    else render(() => <App />, root);
  });
  void Promise.all([shown, restored]).then(() => {
    startOutbox();
    void refreshUser();
    afterLoad(() => void import("../notifications").then(({ startNotifications }) => startNotifications()));
  });
}
