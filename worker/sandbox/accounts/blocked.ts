// New-location verification: a `sandboxblocked…` key answers AUTH_BLOCKED with a token until a
// person allows the location on the sandbox page /sandbox/verif/?token=… (the real service's email).
import { AllDebridError } from "../../../protocol/alldebrid";
import { randomText } from "./keys";

type Verif = "waiting" | "allowed" | "denied";

/** The message the real service sends with AUTH_BLOCKED (from its documentation). */
const BLOCKED_MESSAGE =
  "You are logging from a new location, device or app. An <b>email has been sent</b> to confirm the new sign in.";

type VerificationRow = {
  token: string;
  apikey: string;
  verif: Verif;
  resent: number;
};

function latestVerification(sql: SqlStorage, apikey: string): VerificationRow | undefined {
  return sql
    .exec<VerificationRow>(
      "SELECT token, apikey, verif, resent FROM verifications WHERE apikey = ? ORDER BY created DESC, rowid DESC LIMIT 1",
      apikey,
    )
    .toArray()[0];
}

export function verificationByToken(sql: SqlStorage, token: string): VerificationRow | undefined {
  return sql
    .exec<VerificationRow>("SELECT token, apikey, verif, resent FROM verifications WHERE token = ?", token)
    .toArray()[0];
}

/** Returns when the location was allowed; otherwise throws AUTH_BLOCKED with the pending token. */
export function blockedUntilVerified(sql: SqlStorage, apikey: string, now: number): void {
  const latest = latestVerification(sql, apikey);
  if (latest?.verif === "allowed") return;
  let token = latest?.verif === "waiting" ? latest.token : undefined;
  if (!token) {
    // A denied location gets a new email (and token) on the next attempt.
    token = `verificationToken${randomText(16, "0123456789abcdef")}`;
    sql.exec(
      "INSERT INTO verifications (token, apikey, verif, created) VALUES (?, ?, 'waiting', ?)",
      token,
      apikey,
      now,
    );
  }
  throw new AllDebridError("AUTH_BLOCKED", BLOCKED_MESSAGE, 200, { token });
}

/** The person's answer on the verification page; false when the token is unknown or already answered. */
export function decideVerification(sql: SqlStorage, token: string, allow: boolean): boolean {
  const row = verificationByToken(sql, token);
  if (row?.verif !== "waiting") return false;
  sql.exec("UPDATE verifications SET verif = ? WHERE token = ?", allow ? "allowed" : "denied", token);
  return true;
}
