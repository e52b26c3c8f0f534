// Sandbox accounts: the documented demo keys, and dynamic accounts created on first use for any
// key made of `sandbox` + 1 to 64 of [A-Za-z0-9_-]; prefixes pick free, trial, banned, blocked
// (new location) and reseller accounts (see keys.ts).
import { AllDebridError } from "../../../protocol/alldebrid";
import { blockedUntilVerified } from "./blocked";
import { DEMO_KEYS, DYNAMIC_KEY, kindOfKey, type Plan, planOfKind } from "./keys";

export interface SandboxAccount {
  apikey: string;
  username: string;
  plan: Plan;
  /** One of the documented static demo keys: answers are static and carry `demo`. */
  demo: boolean;
  /** May use /v4/voucher/*. */
  reseller?: boolean;
  /** Milliseconds since the epoch. */
  created?: number;
}

/** Notifications every new account starts with, so clearing one can be tried. */
const WELCOME_NOTIFICATIONS = ["SANDBOX_WELCOME"];

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS accounts (
    apikey TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    plan TEXT NOT NULL,
    created INTEGER NOT NULL
  )`);
  sql.exec(`CREATE TABLE IF NOT EXISTS notifications (
    apikey TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (apikey, code)
  )`);
  sql.exec(`CREATE TABLE IF NOT EXISTS verifications (
    token TEXT PRIMARY KEY,
    apikey TEXT NOT NULL,
    verif TEXT NOT NULL,
    resent INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
  )`);
}

function demoAccount(apikey: string, plan: Plan): SandboxAccount {
  const title = { premium: "Premium", trial: "Trial", free: "Free" }[plan];
  return { apikey, username: `demoUser${title}`, plan, demo: true, created: 0 };
}

/** The account behind a key, created on first use; throws the documented auth errors. */
export function resolveAccount(sql: SqlStorage, apikey: string | null, now: number): SandboxAccount {
  if (!apikey) throw new AllDebridError("AUTH_MISSING_APIKEY");
  const demoPlan = DEMO_KEYS[apikey];
  if (demoPlan) return demoAccount(apikey, demoPlan);
  if (!DYNAMIC_KEY.test(apikey)) throw new AllDebridError("AUTH_BAD_APIKEY");
  const kind = kindOfKey(apikey);
  if (kind === "banned") throw new AllDebridError("AUTH_USER_BANNED");
  if (kind === "blocked") blockedUntilVerified(sql, apikey, now);
  return findAccount(sql, apikey) ?? createAccount(sql, apikey, now);
}

function findAccount(sql: SqlStorage, apikey: string): SandboxAccount | null {
  const row = sql
    .exec<{ username: string; plan: Plan; created: number }>(
      "SELECT username, plan, created FROM accounts WHERE apikey = ?",
      apikey,
    )
    .toArray()[0];
  if (!row) return null;
  return { apikey, ...row, demo: false, reseller: kindOfKey(apikey) === "reseller" };
}

/** Creates the account of a dynamic key (first use, or a PIN approved on the sandbox page). */
export function createAccount(sql: SqlStorage, apikey: string, now: number): SandboxAccount {
  const plan = planOfKind(kindOfKey(apikey));
  const username = `sandbox-${apikey.slice("sandbox".length, "sandbox".length + 24)}`;
  sql.exec(
    "INSERT OR IGNORE INTO accounts (apikey, username, plan, created) VALUES (?, ?, ?, ?)",
    apikey,
    username,
    plan,
    now,
  );
  for (const code of WELCOME_NOTIFICATIONS)
    sql.exec("INSERT OR IGNORE INTO notifications (apikey, code) VALUES (?, ?)", apikey, code);
  return { apikey, username, plan, demo: false, reseller: kindOfKey(apikey) === "reseller", created: now };
}
