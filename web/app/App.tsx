// The app shell: a header (name, offline and outbox status), the screen, the navigation (a tab
// bar on a phone, a side rail from 900 px) and the update prompt. Screens other than sign-in
// and share need a session; without one the user is sent to /signin. A new-location check that
// starts mid-session takes the screen.
import { A, Router, type RouteSectionProps, useLocation, useNavigate } from "@solidjs/router";
import { createEffect, type JSX, lazy, Show } from "solid-js";
import { defineStrings } from "../i18n";
import { nowPlaying } from "../play/now-playing";
import { apikey, ready } from "../session/session";
import { verification } from "../session/verification";
import { Icon, type IconName } from "./icons";
import { routes } from "./routes";
import { StatusBar } from "./StatusBar";
import { AccountStores } from "./store-context";
import { UpdatePrompt } from "./UpdatePrompt";

const PlayerDialog = lazy(() => import("../play/PlayerDialog"));
const VerifyLocation = lazy(() => import("../signin/VerifyLocation").then((m) => ({ default: m.VerifyLocation })));

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
      </header>
      <main class="screen" id="content" tabindex="-1">
        <AccountStores>
          <Show when={ready()}>
            <Show when={signedIn() && verification()} fallback={props.children}>
              {(pending) => <VerifyLocation pending={pending()} onSignedIn={() => navigate("/")} />}
            </Show>
          </Show>
        </AccountStores>
      </main>
      <UpdatePrompt />
      <Show when={nowPlaying()}>
        <PlayerDialog />
      </Show>
      <Show when={signedIn()}>
        <nav class="tabbar" aria-label={t("nav")}>
          <Tab href="/" end icon="magnets" label={t("magnets")} />
          <Tab href="/links" icon="links" label={t("links")} />
          <Tab href="/saved" icon="saved" label={t("saved")} />
          <Tab href="/account" icon="account" label={t("account")} />
          <Tab href="/settings" icon="settings" label={t("settings")} />
        </nav>
      </Show>
    </div>
  );
}

/** A destination of the navigation; the one the user is on is marked (aria-current, .active), Settings also for its outbox. */
function Tab(props: { href: string; end?: boolean; icon: IconName; label: string }): JSX.Element {
  return (
    <A href={props.href} end={props.end}>
      <Icon name={props.icon} />
      <span class="tab-label">{props.label}</span>
    </A>
  );
}

export function App(): JSX.Element {
  return <Router root={Shell}>{routes}</Router>;
}
