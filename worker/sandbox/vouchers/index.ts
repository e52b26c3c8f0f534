// The reseller voucher endpoints: balance, get (partialList when stock runs short) and generate
// (with prices). Only `sandboxreseller…` accounts may use them; others get ACCOUNT_INVALID.
import {
  AllDebridError,
  VOUCHER_DURATIONS,
  type VoucherBalanceData,
  type VoucherDuration,
  type VoucherGenerateData,
  type VoucherGetData,
} from "../../../protocol/alldebrid";
import { type HandlerContext, requireAccount, type SandboxFeature } from "../context";
import { balanceOf, cents, migrate, PRICES, setBalance, takeStock, voucherCode } from "./stock";

function resellerKey(ctx: HandlerContext): string {
  const account = requireAccount(ctx);
  if (!account.reseller) throw new AllDebridError("ACCOUNT_INVALID");
  return account.apikey;
}

function request(ctx: HandlerContext): { duration: VoucherDuration; nb: number } {
  const duration = VOUCHER_DURATIONS.find((candidate) => candidate === ctx.params.int("duration"));
  if (!duration) throw new AllDebridError("VOUCHER_DURATION_INVALID");
  const nb = ctx.params.int("nb");
  if (nb === undefined || nb < 1 || nb > 10) throw new AllDebridError("VOUCHER_NB_INVALID");
  return { duration, nb };
}

function codes(count: number): string[] {
  return Array.from({ length: count }, voucherCode);
}

function voucherGet(ctx: HandlerContext): VoucherGetData {
  const apikey = resellerKey(ctx);
  const { duration, nb } = request(ctx);
  const taken = takeStock(ctx.sql, apikey, duration, nb);
  if (taken === 0) throw new AllDebridError("NO_MORE_VOUCHER");
  return taken < nb ? { codes: codes(taken), partialList: true } : { codes: codes(taken) };
}

function voucherGenerate(ctx: HandlerContext): VoucherGenerateData {
  const apikey = resellerKey(ctx);
  const { duration, nb } = request(ctx);
  const pricePerVoucher = PRICES[duration];
  const total = cents(pricePerVoucher * nb);
  const balance = balanceOf(ctx.sql, apikey);
  if (total > balance) throw new AllDebridError("INSUFFICIENT_BALANCE");
  const left = cents(balance - total);
  setBalance(ctx.sql, apikey, left);
  return { codes: codes(nb), pricePerVoucher, total, balance: left };
}

export const vouchers: SandboxFeature = {
  migrate,
  handlers: {
    "voucher/balance": (ctx): VoucherBalanceData => ({ balance: balanceOf(ctx.sql, resellerKey(ctx)) }),
    "voucher/get": voucherGet,
    "voucher/generate": voucherGenerate,
  },
};
