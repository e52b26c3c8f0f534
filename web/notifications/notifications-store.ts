// The Notifications store: whether the deployment sends notifications, whether this device gets
// the account's (device-push.ts does the browser's side), whether the question after an add was
// answered, and the account's optional webhook. Made per account (web/app/store-context.tsx).

import { createStore } from "solid-js/store";
import type { WebhookBody } from "../../protocol/api-bodies";
import type { WebhookState } from "../../protocol/push";
import { appApi } from "../api/app-api";
import type { Account, Store } from "../app/store-context";
import { getSetting, setSetting } from "../offline/db";
import { notificationsOn, pushKey, pushSupported, turnOff, turnOn } from "./device-push";

const ANSWERED = "notificationPromptAnswered";

export interface NotificationsState {
  /** The deployment sends notifications; undefined until its key is known (or while it cannot be asked). */
  offered: boolean | undefined;
  /** This device gets the account's notifications. */
  on: boolean;
  /** The question after an add was answered: it is never asked again. */
  answered: boolean;
  /** The account's webhook link, null for none; undefined until read. */
  webhook: string | null | undefined;
}

export function createNotificationsStore(account: Account) {
  const [state, setState] = createStore<NotificationsState>({
    offered: undefined,
    on: false,
    answered: false,
    webhook: undefined,
  });
  pushKey().then(
    (key) => setState("offered", key !== null),
    () => undefined,
  );
  void notificationsOn().then((on) => setState("on", on));
  void getSetting<boolean>(ANSWERED).then((answered) => setState("answered", answered === true));

  /** Turns this device's notifications on or off; throws PushRefused (with the reason) when the browser will not. */
  async function switchOn(wanted: boolean): Promise<void> {
    try {
      if (wanted) await turnOn(account.apikey);
      else await turnOff(account.apikey);
      setState("on", wanted);
    } catch (error) {
      setState("on", false);
      throw error;
    }
  }

  /** The question after an add, answered: "Turn on" turns them on (a refusal throws, and it stays asked). */
  async function answerPrompt(yes: boolean): Promise<void> {
    if (yes) await switchOn(true);
    await setSetting(ANSWERED, true);
    setState("answered", true);
  }

  async function loadWebhook(): Promise<void> {
    const found = await appApi<WebhookState>("/api/push/webhook", { apikey: account.apikey }).catch(() => null);
    setState("webhook", found?.url ?? null);
  }

  /** Keeps a webhook link (or removes it, with null); says which was done. */
  async function setWebhook(url: string | null): Promise<"saved" | "removed"> {
    const kept = await appApi<WebhookState>("/api/push/webhook", {
      method: url === null ? "DELETE" : "POST",
      apikey: account.apikey,
      json: url === null ? undefined : ({ url } satisfies WebhookBody),
    });
    setState("webhook", kept.url);
    return kept.url ? "saved" : "removed";
  }

  const actions = { switchOn, answerPrompt, loadWebhook, setWebhook };
  return [state, actions] as const satisfies Store<NotificationsState, unknown>;
}

/** The question after an add is worth asking: a browser that can, a deployment that sends them, not blocked, not on, not answered. */
export function worthAsking(state: NotificationsState): boolean {
  if (!pushSupported() || Notification.permission === "denied") return false;
  return state.offered === true && !state.on && !state.answered;
}
