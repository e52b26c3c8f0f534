/// <reference lib="webworker" />
// The service worker: precaches the app shell (so the app opens offline), serves navigations
// from it, and takes shares (see share.ts). The first version controls open pages at once (so
// the app works offline from the first visit); a new version waits until the user agrees.
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import "./push";
import "./share";

declare const self: ServiceWorkerGlobalScope;

clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("index.html"), {
    denylist: [/^\/api\//, /^\/v4(\.1)?\//, /^\/sandbox\//],
  }),
);

self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});
