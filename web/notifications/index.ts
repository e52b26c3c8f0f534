// Notifications on this device (docs/notifications.md): the settings section, the subscription
// asked after an add (NotificationPrompt), the subscription kept in step with the account at each start, the language the service worker words them in,
// and leaving at sign-out. The service worker's side is web/sw/push.ts.
import { createEffect, createRoot, on } from "solid-js";
import { lang } from "../i18n";
import { setSetting } from "../offline/db";
import { apikey } from "../session/session";
import { refreshSubscription } from "./device-push";

export { leave as leaveNotifications } from "./device-push";
export { NotificationPrompt } from "./NotificationPrompt";
export { NotificationSettings } from "./NotificationSettings";

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
