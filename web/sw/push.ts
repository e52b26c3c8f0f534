/// <reference lib="webworker" />
// Notifications while the app is closed (docs/notifications.md): every push the account's object
// sends is shown, worded in the language the app last used; tapping it opens the app on the
// magnet (or the app, which sends the magnets waiting in the line), and "Copy links" opens it to
// unlock and copy from the device (a service worker cannot write the clipboard).
import type { PushPayload } from "../../protocol/push";
import { type NotificationLang, notificationTarget, notificationText } from "../notifications/wording";
import { getSetting } from "../offline/db";

declare const self: ServiceWorkerGlobalScope;

async function show(payload: PushPayload): Promise<void> {
  const lang = (await getSetting<NotificationLang>("notificationLang").catch(() => undefined)) ?? "en";
  const text = notificationText(payload, lang);
  const focused = (await self.clients.matchAll({ type: "window" })).some((client) => client.focused);
  await self.registration.showNotification(text.title, {
    body: text.body,
    // The event names the notification: one delivered twice replaces itself.
    tag: payload.event,
    data: payload,
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    // The open app shows the change already; the notification stays, quietly.
    silent: focused,
    ...(text.copyLinks ? { actions: [{ action: "copy-links", title: text.copyLinks }] } : {}),
  } as NotificationOptions);
}

self.addEventListener("push", (event) => {
  let payload: PushPayload | null = null;
  try {
    payload = event.data?.json() as PushPayload;
  } catch {
    payload = null;
  }
  // A kind this app does not know yet is not shown.
  if (payload?.kind === "magnets-done" || payload?.kind === "line-can-move") event.waitUntil(show(payload));
});

async function open(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const app = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!app) {
    await self.clients.openWindow(url);
    return;
  }
  // Focus needs the tap's activation, which a browser may not pass on: the navigation matters more.
  await app.focus().catch(() => undefined);
  // navigate() works for a page this worker controls; any other opens a window of its own.
  const navigated = await app.navigate(url).catch(() => null);
  if (!navigated) await self.clients.openWindow(url);
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const payload = event.notification.data as PushPayload | null;
  const url = payload ? notificationTarget(payload, event.action) : "/";
  event.waitUntil(open(url));
});
