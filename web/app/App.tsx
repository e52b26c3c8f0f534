// The app shell: skip links, a header (name, offline and outbox status), the navigation (a tab
// bar on a phone, a side rail from 900 px; before the screen in keyboard order), the screen and
// the update prompt. Screens other than sign-in
// and share need a session; without one the user is sent to /signin. A new-location check that
// starts mid-session takes the screen.
import { Router, type RouteSectionProps, useLocation, useNavigate } from "@solidjs/router";
import { createEffect, type JSX, lazy, Show } from "solid-js";
import { OutboxChips } from "../offline/OutboxChips";
import { nowPlaying } from "../play/now-playing";
import { apikey, ready } from "../session/session";
import { verification } from "../session/verification";
import { Frame } from "./Frame";
import { Icon, type IconName } from "./icons";
import { routes } from "./routes";
import { SkipLink } from "./SkipLink";
import { StatusBar } from "./StatusBar";
import { MAGNET_LIST_ID } from "./skip-targets";
import { AccountStores } from "./store-context";
import { t } from "./strings";
import { UpdatePrompt } from "./UpdatePrompt";

const PlayerDialog = lazy(() => import("../play/PlayerDialog"));
const VerifyLocation = lazy(() => import("../signin/VerifyLocation").then((m) => ({ default: m.VerifyLocation })));

const OPEN_PATHS = new Set(["/signin", "/share"]);

function Shell(props: RouteSectionProps): JSX.Element {
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = () => Boolean(apikey()) && location.pathname !== "/signin";
  /** Without a session only the open screens show: any other is on its way to /signin. */
  const mayShow = () => Boolean(apikey()) || OPEN_PATHS.has(location.pathname);
  createEffect(() => {
    if (ready() && !mayShow()) navigate("/signin", { replace: true });
  });
  const nav = (
    <Show when={signedIn()}>
      <nav class="tabbar" aria-label={t("nav")}>
        <Tab href="/" end icon="magnets" label={t("magnets")} />
        <Tab href="/links" icon="links" label={t("links")} />
        <Tab href="/saved" icon="saved" label={t("saved")} />
        <Tab href="/account" icon="account" label={t("account")} />
        <Tab href="/settings" icon="settings" label={t("settings")} />
      </nav>
    </Show>
  );
  const after = (
    <>
      <UpdatePrompt />
      <Show when={nowPlaying()}>
        <PlayerDialog />
      </Show>
    </>
  );
  const skips = (
    <Show when={signedIn() && location.pathname === "/"}>
      <SkipLink to={MAGNET_LIST_ID}>{t("skipToList")}</SkipLink>
    </Show>
  );
  return (
    <Frame
      status={
        <StatusBar>
          <OutboxChips />
        </StatusBar>
      }
      skips={skips}
      nav={nav}
      after={after}
    >
      <AccountStores>
        <Show when={ready() && mayShow()}>
          <Show when={signedIn() && verification()} fallback={props.children}>
            {(pending) => <VerifyLocation pending={pending()} onSignedIn={() => navigate("/")} />}
          </Show>
        </Show>
      </AccountStores>
    </Frame>
  );
}

/**
 * A destination of the navigation; the one the user is on is marked (aria-current, .active),
 * Settings also for its outbox. A plain link, which the router follows like any other: its <A>
 * resolved and matched each tab's address through several computations, a cost at every start.
 */
function Tab(props: { href: string; end?: boolean; icon: IconName; label: string }): JSX.Element {
  const location = useLocation();
  const here = () => location.pathname === props.href || (!props.end && location.pathname.startsWith(`${props.href}/`));
  return (
    <a href={props.href} classList={{ active: here() }} aria-current={here() ? "page" : undefined}>
      <Icon name={props.icon} />
      <span class="tab-label">{props.label}</span>
    </a>
  );
}

export function App(): JSX.Element {
  return <Router root={Shell}>{routes}</Router>;
}
