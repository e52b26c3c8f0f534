// Notifications on this device (docs/notifications.md), at start-up: the subscription kept in step
// with the account, and the language the service worker words them in. The settings section
// (NotificationSettings), the question after an add (NotificationPrompt) and their store
// (notifications-store.ts) load with the screens that show them; the service worker's side is
// web/sw/push.ts.
import { createEffect, createRoot, on } from "solid-js";
import { lang } from "../i18n";
import { setSetting } from "../offline/db";
import { apikey } from "../session/session";
import { refreshSubscription } from "./device-push";

/** Once at start-up: keeps the subscription posted for the signed-in account, and the language for the worker. */
export function startNotifications(): void {
  createRoot(() => {
    createEffect(on(lang, (language) => void setSetting("notificationLang", language)));
    createEffect(
      on(apikey, (key) => {
        if (key) void refreshSubscription(key).catch(() => undefined);
      }),
    );
  });
}
