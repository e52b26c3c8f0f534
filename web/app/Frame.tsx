// The page's frame, the same for a stranger on the sign-in screen (web/signin/SignedOutPage.tsx,
// also rendered at build time as the first frame of index.html) and for the app's shell: the skip
// links, the header (the app's name and the status chips), the navigation (before the screen, so
// the keyboard meets it first, not after every row), the screen, and what the shell adds after it
// (the update prompt, the player). The name is a plain link: the router, when there is one, takes
// its clicks as it takes every same-origin link's.
import type { JSX } from "solid-js";
import { SkipLink } from "./SkipLink";
import { t } from "./strings";

export function Frame(props: {
  status: JSX.Element;
  children: JSX.Element;
  /** Skip links of the screen shown, after the one to the content. */
  skips?: JSX.Element;
  nav?: JSX.Element;
  after?: JSX.Element;
}): JSX.Element {
  return (
    <div class="shell">
      <SkipLink to="content">{t("skip")}</SkipLink>
      {props.skips}
      <header class="topbar">
        <a href="/" class="brand">
          {t("app")}
        </a>
        {props.status}
      </header>
      {props.nav}
      <main class="screen" id="content" tabindex="-1">
        {props.children}
      </main>
      {props.after}
    </div>
  );
}
