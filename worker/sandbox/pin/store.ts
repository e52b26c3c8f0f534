// PINs of the sign-in flow: created by pin/get, approved by a person on the sandbox PIN page
// (which creates a dynamic account), read by pin/check until they expire.
import { createAccount } from "../accounts";
import { newKeyFor, type Plan, randomText } from "../accounts/keys";

export type PinRow = {
  pin: string;
  check_token: string;
  expires: number;
  apikey: string | null;
};

const PIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function migrate(sql: SqlStorage): void {
  sql.exec(`CREATE TABLE IF NOT EXISTS pins (
    check_token TEXT PRIMARY KEY,
    pin TEXT NOT NULL,
    expires INTEGER NOT NULL,
    apikey TEXT
  )`);
}

/** A new PIN, unique among the PINs still running. */
export function createPin(sql: SqlStorage, now: number, ttlSeconds: number): PinRow {
  sql.exec("DELETE FROM pins WHERE expires < ?", now - 86_400_000);
  let pin = randomText(4, PIN_ALPHABET);
  while (activePin(sql, pin, now)) pin = randomText(4, PIN_ALPHABET);
  const row: PinRow = {
    pin,
    check_token: randomText(40, "0123456789abcdef"),
    expires: now + ttlSeconds * 1000,
    apikey: null,
  };
  sql.exec(
    "INSERT INTO pins (check_token, pin, expires, apikey) VALUES (?, ?, ?, NULL)",
    row.check_token,
    pin,
    row.expires,
  );
  return row;
}

export function pinByCheck(sql: SqlStorage, check: string): PinRow | undefined {
  return sql
    .exec<PinRow>("SELECT pin, check_token, expires, apikey FROM pins WHERE check_token = ?", check)
    .toArray()[0];
}

/** The latest PIN with this code, running or not. */
function latestPin(sql: SqlStorage, pin: string): PinRow | undefined {
  return sql
    .exec<PinRow>("SELECT pin, check_token, expires, apikey FROM pins WHERE pin = ? ORDER BY expires DESC LIMIT 1", pin)
    .toArray()[0];
}

function activePin(sql: SqlStorage, pin: string, now: number): PinRow | undefined {
  const row = latestPin(sql, pin);
  return row && row.expires > now ? row : undefined;
}

export type ApproveResult = { approved: true; apikey: string } | { approved: false; reason: "unknown" | "expired" };

/** A person entered the PIN: a new dynamic account of `plan` is created for it (once). */
export function approvePin(sql: SqlStorage, pin: string, plan: Plan, now: number): ApproveResult {
  const row = latestPin(sql, pin.trim().toUpperCase());
  if (!row) return { approved: false, reason: "unknown" };
  if (row.expires <= now) return { approved: false, reason: "expired" };
  if (row.apikey) return { approved: true, apikey: row.apikey };
  const apikey = newKeyFor(plan);
  createAccount(sql, apikey, now);
  sql.exec("UPDATE pins SET apikey = ? WHERE check_token = ?", apikey, row.check_token);
  return { approved: true, apikey };
}

/** Test hook: the PIN expires now. False when there is no such running PIN. */
export function expirePin(sql: SqlStorage, pin: string, now: number): boolean {
  const row = activePin(sql, pin.trim().toUpperCase(), now);
  if (!row) return false;
  sql.exec("UPDATE pins SET expires = ? WHERE check_token = ?", now, row.check_token);
  return true;
}
