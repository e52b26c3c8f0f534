// /v4/user (every documented field) and /v4/user/notification/clear.
import type { MessageData, User, UserData } from "../../../protocol/alldebrid";
import type { SandboxAccount } from "../accounts";
import { type HandlerContext, requireAccount } from "../context";
import { HOSTS } from "../hosts/catalogue";
import { quotaLeft } from "../hosts/quota";

/** 25 GB of trial traffic, in MB as the docs count it. */
const TRIAL_QUOTA_MB = 25_600;
const YEAR_SECONDS = 365 * 86_400;
/** 2030-01-01: the demo premium account's fixed end of subscription. */
const DEMO_PREMIUM_UNTIL = 1_893_456_000;

function notificationsOf(ctx: HandlerContext, account: SandboxAccount): string[] {
  if (account.demo) return account.plan === "trial" ? ["FREEDAYS_USED_QUOTA"] : [];
  return ctx.sql
    .exec<{ code: string }>("SELECT code FROM notifications WHERE apikey = ? ORDER BY code", account.apikey)
    .toArray()
    .map((row) => row.code);
}

function limitedHostersQuotas(ctx: HandlerContext, account: SandboxAccount): Record<string, number> {
  const quotas: Record<string, number> = {};
  for (const host of HOSTS) {
    if (host.quota?.type !== "traffic") continue;
    quotas[host.name] = account.demo ? host.quota.max : (quotaLeft(ctx.sql, account.apikey, host, ctx.now) ?? 0);
  }
  return quotas;
}

/**
 * AllDebrid defaults new accounts to French; the demo keys keep that. Sandbox accounts are made
 * for trying the app, so they speak English unless the key ends in "-fr".
 */
function langOf(account: SandboxAccount): "fr" | "en" {
  return account.demo || account.apikey.endsWith("-fr") ? "fr" : "en";
}

export function userInfo(ctx: HandlerContext): UserData {
  const account = requireAccount(ctx);
  const premium = account.plan === "premium";
  const premiumUntil = !premium
    ? 0
    : account.demo
      ? DEMO_PREMIUM_UNTIL
      : Math.floor((account.created ?? ctx.now) / 1000) + YEAR_SECONDS;
  const user: User = {
    username: account.username,
    email: account.demo ? "demo@example.com" : `${account.username}@sandbox.test`,
    isPremium: premium,
    isSubscribed: premium,
    isTrial: account.plan === "trial",
    premiumUntil,
    lang: langOf(account),
    preferedDomain: "fr",
    fidelityPoints: premium ? 200 : 0,
    limitedHostersQuotas: limitedHostersQuotas(ctx, account),
    ...(account.plan === "trial" ? { remainingTrialQuota: TRIAL_QUOTA_MB } : {}),
    notifications: notificationsOf(ctx, account),
  };
  return { user };
}

export function clearNotification(ctx: HandlerContext): MessageData {
  const account = requireAccount(ctx);
  const code = ctx.params.get("code") ?? "";
  if (!account.demo) ctx.sql.exec("DELETE FROM notifications WHERE apikey = ? AND code = ?", account.apikey, code);
  return { message: "Notification was cleared" };
}
