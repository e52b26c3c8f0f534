// Every screen of the app, loaded lazily so the first paint ships only the shell.
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";

export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("../magnets/MagnetsPage")) },
  { path: "/links", component: lazy(() => import("../links/LinksPage")) },
  { path: "/saved", component: lazy(() => import("../saved/SavedPage")) },
  { path: "/account", component: lazy(() => import("../account/AccountPage")) },
  { path: "/settings", component: lazy(() => import("../settings/SettingsPage")) },
  { path: "/settings/outbox", component: lazy(() => import("../offline/OutboxPage")) },
  { path: "/share", component: lazy(() => import("../share/SharePage")) },
  { path: "/signin", component: lazy(() => import("../signin/SignInPage")) },
  { path: "*", component: lazy(() => import("./NotFoundPage")) },
];
