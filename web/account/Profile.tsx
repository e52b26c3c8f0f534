// Who is signed in: username, e-mail, premium state, expiry and days left, trial quota, fidelity
// points and what they are for, and the account's notifications, each clearable.

import { createSignal, For, Show } from "solid-js";
import type { User } from "../../protocol/alldebrid";
import { ErrorLine } from "../app/ErrorLine";
import { lang } from "../i18n";
import { formatDate, formatMegabytes } from "../i18n/format";
import { useAccount } from "./context";
import { t } from "./strings";

function planText(user: User): string {
  const until = Number(user.premiumUntil);
  if (user.isTrial) return t("trial");
  if (!user.isPremium) return t("free");
  const date = until > 0 ? formatDate(until, lang()) : "";
  return user.isSubscribed ? t("premiumSubscribed", { date }) : t("premiumUntil", { date });
}

/** "364 days left" of premium, counted from now; nothing when the end is not known. */
function daysLeftText(user: User): string {
  const until = Number(user.premiumUntil);
  if (!user.isPremium || !(until > 0)) return "";
  return t("daysLeft", { days: Math.max(0, Math.ceil((until * 1000 - Date.now()) / 86_400_000)) });
}

/** Notification codes carry no text in the API: "FREEDAYS_USED_QUOTA" -> "Freedays used quota". */
function notificationText(code: string): string {
  const words = code.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function Profile(props: { user: User }) {
  const [, actions] = useAccount();
  const [error, setError] = createSignal<unknown>(null);
  return (
    <>
      <section class="card account-card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t("profile")}</h2>
        <dl class="account-facts">
          <dt>{t("username")}</dt>
          <dd data-testid="username">{props.user.username}</dd>
          <dt>{t("email")}</dt>
          <dd>{props.user.email}</dd>
          <dt>{t("plan")}</dt>
          <dd data-testid="plan" classList={{ premium: props.user.isPremium }}>
            {planText(props.user)}
            <Show when={daysLeftText(props.user)}>{(days) => <span class="account-days-left">{days()}</span>}</Show>
          </dd>
          <Show when={props.user.remainingTrialQuota !== undefined}>
            <dt>{t("trialQuota")}</dt>
            <dd>{formatMegabytes(props.user.remainingTrialQuota ?? 0, lang())}</dd>
          </Show>
          <dt>{t("fidelity")}</dt>
          <dd>
            {props.user.fidelityPoints.toLocaleString(lang())}
            <span class="account-fact-hint">{t("fidelityHint")}</span>
          </dd>
        </dl>
      </section>
      <section class="card account-card" aria-labelledby="notifications-title">
        <h2 id="notifications-title">{t("notifications")}</h2>
        <Show when={props.user.notifications.length > 0} fallback={<p class="muted">{t("noNotifications")}</p>}>
          <ul class="account-notifications">
            <For each={props.user.notifications}>
              {(code) => (
                <li>
                  <span>{notificationText(code)}</span>
                  <button
                    type="button"
                    aria-label={t("clearLabel", { code: notificationText(code) })}
                    onClick={() => actions.clearNotification(code).catch(setError)}
                  >
                    {t("clear")}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <ErrorLine error={error()} />
      </section>
    </>
  );
}
