// Sandbox accounts: the documented demo keys, and dynamic accounts created on first use for
// any key made of `sandbox` followed by 1 to 64 letters, digits, `_` or `-`.
import { AllDebridError } from "../../../protocol/alldebrid";

export type Plan = "premium" | "trial" | "free";

export interface SandboxAccount {
  apikey: string;
  username: string;
  plan: Plan;
  /** One of the documented static demo keys: answers are static and carry `demo`. */
  demo: boolean;
}

export const DEMO_KEYS: Record<string, Plan> = {
  staticDemoApikeyPrem: "premium",
  staticDemoApikeyTria: "trial",
  staticDemoApikeyFree: "free",
};

export const DYNAMIC_KEY = /^sandbox[A-Za-z0-9_-]{1,64}$/;

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS accounts (
    apikey TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    plan TEXT NOT NULL,
    created INTEGER NOT NULL
  )`);
}

/** The account behind a key, created on first use; throws the documented auth errors. */
export function resolveAccount(sql: SqlStorage, apikey: string | null, now: number): SandboxAccount {
  if (!apikey) throw new AllDebridError("AUTH_MISSING_APIKEY");
  const demoPlan = DEMO_KEYS[apikey];
  if (demoPlan)
    return {
      apikey,
      username: `demoUser${demoPlan[0]?.toUpperCase()}${demoPlan.slice(1)}`,
      plan: demoPlan,
      demo: true,
    };
  if (!DYNAMIC_KEY.test(apikey)) throw new AllDebridError("AUTH_BAD_APIKEY");
  const row = sql
    .exec<{ username: string; plan: Plan }>("SELECT username, plan FROM accounts WHERE apikey = ?", apikey)
    .toArray()[0];
  if (row) return { apikey, username: row.username, plan: row.plan, demo: false };
  const username = `sandbox-${apikey.slice("sandbox".length, "sandbox".length + 24)}`;
  sql.exec(
    "INSERT INTO accounts (apikey, username, plan, created) VALUES (?, ?, ?, ?)",
    apikey,
    username,
    "premium",
    now,
  );
  return { apikey, username, plan: "premium", demo: false };
}
