// Every screen of the app, loaded lazily so the first paint ships only the shell. The screen a
// signed-in start opens is preloaded beside the shell (preloadScreen), not after the session is
// read, and the magnets screen's list starts coming off the device at the same time.
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { primeDeviceCopy } from "../offline/device-copy";

const screens = {
  "/": lazy(() => import("../magnets/MagnetsPage")),
  "/links": lazy(() => import("../links/LinksPage")),
  "/saved": lazy(() => import("../saved/SavedPage")),
  "/account": lazy(() => import("../account/AccountPage")),
  "/settings": lazy(() => import("../settings/SettingsPage")),
  "/settings/outbox": lazy(() => import("../offline/OutboxPage")),
  "/share": lazy(() => import("../share/SharePage")),
  "/signin": lazy(() => import("../signin/SignInRoute")),
  "*": lazy(() => import("./NotFoundPage")),
};

export const routes: RouteDefinition[] = Object.entries(screens).map(([path, component]) => ({ path, component }));

/**
 * Starts loading the screen at `path` and, for the magnets, the device's copy of the list (handed
 * over a task after the store asks where the screen is drawn off the page: primeDeviceCopy).
 */
export function preloadScreen(path: string, options: { offPage: boolean }): void {
  const screen = screens[path as keyof typeof screens];
  if (!screen) return;
  void screen.preload();
  if (path === "/") primeDeviceCopy("magnets", options);
}
