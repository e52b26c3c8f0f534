// Entry point, kept tiny: the page paints first (a stranger's sign-in screen is already in
// index.html), then the code for what this visitor can see loads: the sign-in screen alone for
// a stranger (web/signin/signed-out.tsx), else the app (web/app/start.tsx). No screen's code
// loads before that decision, and none that the visitor cannot see.
import "./app/app.css";
// The sign-in screen's styles paint with the first frame, so they come with the app's own.
import "./signin/signin.css";

const stranger = document.documentElement.dataset.session === undefined && location.pathname === "/signin";

/** One loader each, so that each preloads its own chunks only (a choice inside one import preloads both). */
const entries = {
  stranger: () => import("./signin/signed-out"),
  app: () => import("./app/start").then(({ startApp }) => startApp()),
};

/**
 * The screen the installed app opens on, its magnets list: its code loads beside the app's, not
 * after it (the router asks for it once the shell has run and the session is read).
 */
const firstScreens: Record<string, () => Promise<unknown>> = {
  "/": () => import("./magnets/MagnetsPage"),
};

let started = false;
function start(): void {
  if (started) return;
  started = true;
  void entries[stranger ? "stranger" : "app"]();
}

// A stranger's code waits for the first frame to be painted: it comes after that frame, never
// before it, however long the frame takes on a busy phone (a timer beside it would start the
// code's downloads first there). A page in the background paints no frame until it is shown: its
// code starts at once, as it does when the page is put in the background before it painted. The
// app has no frame painted before it: it starts at once.
if (stranger && document.visibilityState === "visible") {
  requestAnimationFrame(() => setTimeout(start));
  document.addEventListener("visibilitychange", start, { once: true });
} else {
  start();
  if (!stranger) void firstScreens[location.pathname]?.();
}
