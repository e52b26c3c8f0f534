// The page's frame, the same for a stranger on the sign-in screen (web/signin/SignedOutPage.tsx,
// also rendered at build time as the first frame of index.html) and for the app's shell: the skip
// link, the header (the app's name and the status chips), the screen, and what the shell adds
// after it (the update prompt, the player, the navigation). The name is a plain link: the router,
// when there is one, takes its clicks as it takes every same-origin link's.
import type { JSX } from "solid-js";
import { t } from "./strings";

export function Frame(props: { status: JSX.Element; children: JSX.Element; after?: JSX.Element }): JSX.Element {
  return (
    <div class="shell">
      <a class="skip-link" href="#content">
        {t("skip")}
      </a>
      <header class="topbar">
        <a href="/" class="brand">
          {t("app")}
        </a>
        {props.status}
      </header>
      <main class="screen" id="content" tabindex="-1">
        {props.children}
      </main>
      {props.after}
    </div>
  );
}
