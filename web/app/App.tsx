// The app shell: a header, the screen, and the tab bar. Screens other than sign-in need a
// session; without one the user is sent to /signin.
import { A, Router, type RouteSectionProps, useLocation, useNavigate } from "@solidjs/router";
import { createEffect, type JSX, Show } from "solid-js";
import { defineStrings } from "../i18n";
import { apikey, ready } from "../session/session";
import { routes } from "./routes";

const t = defineStrings({
  en: { magnets: "Magnets", links: "Links", saved: "Saved", account: "Account", nav: "Main" },
  fr: { magnets: "Magnets", links: "Liens", saved: "Enregistrés", account: "Compte", nav: "Principal" },
});

function Shell(props: RouteSectionProps): JSX.Element {
  const location = useLocation();
  const navigate = useNavigate();
  const open = () => location.pathname === "/signin" || location.pathname === "/share";
  createEffect(() => {
    if (ready() && !apikey() && !open()) navigate("/signin", { replace: true });
  });
  return (
    <div class="shell">
      <main class="screen">
        <Show when={ready()}>{props.children}</Show>
      </main>
      <Show when={apikey() && location.pathname !== "/signin"}>
        <nav class="tabbar" aria-label={t("nav")}>
          <A href="/" end>
            {t("magnets")}
          </A>
          <A href="/links">{t("links")}</A>
          <A href="/saved">{t("saved")}</A>
          <A href="/account">{t("account")}</A>
        </nav>
      </Show>
    </div>
  );
}

export function App(): JSX.Element {
  return <Router root={Shell}>{routes}</Router>;
}
