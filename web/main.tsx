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
  app: () => import("./app/start"),
};

let started = false;
function start(): void {
  if (started) return;
  started = true;
  void entries[stranger ? "stranger" : "app"]();
}

// After the first frame is painted; a page opened in the background paints none, so not later than this.
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, 100);
