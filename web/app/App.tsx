// The app shell: a header (name, offline and outbox status, Settings), the screen, the tab
// bar, and the update prompt. Screens other than sign-in and share need a session; without one
// the user is sent to /signin. A new-location check that starts mid-session takes the screen.
import { A, Router, type RouteSectionProps, useLocation, useNavigate } from "@solidjs/router";
import { createEffect, type JSX, lazy, Show } from "solid-js";
import { defineStrings } from "../i18n";
import { apikey, ready } from "../session/session";
import { verification } from "../session/verification";
import { routes } from "./routes";
import { StatusBar } from "./StatusBar";
import { UpdatePrompt } from "./UpdatePrompt";

const VerifyLocation = lazy(() => import("../session/VerifyLocation").then((m) => ({ default: m.VerifyLocation })));

const t = defineStrings({
  en: {
    app: "Debrid",
    magnets: "Magnets",
    links: "Links",
    saved: "Saved",
    account: "Account",
    settings: "Settings",
    nav: "Main",
    skip: "Skip to content",
  },
  fr: {
    app: "Debrid",
    magnets: "Magnets",
    links: "Liens",
    saved: "Enregistrés",
    account: "Compte",
    settings: "Réglages",
    nav: "Principal",
    skip: "Aller au contenu",
  },
});

const OPEN_PATHS = new Set(["/signin", "/share"]);

function Shell(props: RouteSectionProps): JSX.Element {
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = () => Boolean(apikey()) && location.pathname !== "/signin";
  createEffect(() => {
    if (ready() && !apikey() && !OPEN_PATHS.has(location.pathname)) navigate("/signin", { replace: true });
  });
  return (
    <div class="shell">
      <a class="skip-link" href="#content">
        {t("skip")}
      </a>
      <header class="topbar">
        <A href="/" class="brand">
          {t("app")}
        </A>
        <StatusBar />
        <Show when={signedIn()}>
          <A href="/settings" class="topbar-link">
            {t("settings")}
          </A>
        </Show>
      </header>
      <main class="screen" id="content" tabindex="-1">
        <Show when={ready()}>
          <Show when={signedIn() && verification()} fallback={props.children}>
            {(pending) => <VerifyLocation pending={pending()} onSignedIn={() => navigate("/")} />}
          </Show>
        </Show>
      </main>
      <UpdatePrompt />
      <Show when={signedIn()}>
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
