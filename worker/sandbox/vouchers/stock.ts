// A reseller's balance and voucher stock, set up on first use: enough to reach every documented
// outcome (a full list, a partial list, NO_MORE_VOUCHER, INSUFFICIENT_BALANCE).
import type { VoucherDuration } from "../../../protocol/alldebrid";
import { randomText } from "../accounts/keys";

const STARTING_BALANCE = 51.6;

/** Vouchers in stock per duration at the start: 30 days gives a partial list, 90 days none. */
const STARTING_STOCK: Readonly<Record<VoucherDuration, number>> = { 15: 20, 30: 3, 90: 0, 180: 10, 365: 10 };

/** Price of one generated voucher per duration. */
export const PRICES: Readonly<Record<VoucherDuration, number>> = { 15: 1.6, 30: 3.2, 90: 8.5, 180: 15.9, 365: 29.9 };

export function migrate(sql: SqlStorage): void {
  sql.exec("CREATE TABLE IF NOT EXISTS reseller_balance (apikey TEXT PRIMARY KEY, balance REAL NOT NULL)");
  sql.exec(`CREATE TABLE IF NOT EXISTS voucher_stock (
    apikey TEXT NOT NULL,
    duration INTEGER NOT NULL,
    remaining INTEGER NOT NULL,
    PRIMARY KEY (apikey, duration)
  )`);
}

function ensureReseller(sql: SqlStorage, apikey: string): void {
  const known = sql.exec("SELECT 1 FROM reseller_balance WHERE apikey = ?", apikey).toArray().length > 0;
  if (known) return;
  sql.exec("INSERT INTO reseller_balance (apikey, balance) VALUES (?, ?)", apikey, STARTING_BALANCE);
  for (const [duration, remaining] of Object.entries(STARTING_STOCK))
    sql.exec(
      "INSERT INTO voucher_stock (apikey, duration, remaining) VALUES (?, ?, ?)",
      apikey,
      Number(duration),
      remaining,
    );
}

export function balanceOf(sql: SqlStorage, apikey: string): number {
  ensureReseller(sql, apikey);
  return sql.exec<{ balance: number }>("SELECT balance FROM reseller_balance WHERE apikey = ?", apikey).one().balance;
}

export function setBalance(sql: SqlStorage, apikey: string, balance: number): void {
  sql.exec("UPDATE reseller_balance SET balance = ? WHERE apikey = ?", balance, apikey);
}

/** Takes up to `nb` vouchers from stock; returns how many were taken. */
export function takeStock(sql: SqlStorage, apikey: string, duration: VoucherDuration, nb: number): number {
  ensureReseller(sql, apikey);
  const remaining = sql
    .exec<{ remaining: number }>(
      "SELECT remaining FROM voucher_stock WHERE apikey = ? AND duration = ?",
      apikey,
      duration,
    )
    .one().remaining;
  const taken = Math.min(remaining, nb);
  sql.exec(
    "UPDATE voucher_stock SET remaining = ? WHERE apikey = ? AND duration = ?",
    remaining - taken,
    apikey,
    duration,
  );
  return taken;
}

/** `AAAAAA-BBBBBB-CCCCCC-DDDDDD`, as the docs show. */
export function voucherCode(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  return Array.from({ length: 4 }, () => randomText(6, alphabet)).join("-");
}

/** Money rounded to cents, so balances never show float noise. */
export function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
