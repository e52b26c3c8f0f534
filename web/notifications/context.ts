// The Notifications store behind its context: `const [state, actions] = useNotifications()` on
// any screen of the signed-in account (web/app/store-context.tsx).
import { accountStore } from "../app/store-context";
import { createNotificationsStore } from "./notifications-store";

export const useNotifications = accountStore("Notifications", createNotificationsStore);
