// The Account store: the user (/v4.1/user), their hosts with quotas (/v4.1/user/hosts), the hosts
// priority (/v4.1/hosts/priority), whether the account may use reseller vouchers (probed with
// /v4.1/voucher/balance) and the vouchers it takes or generates; shown at once from the device's
// copy, then refreshed. Made per account (web/app/store-context.tsx).
import { createStore, reconcile, unwrap } from "solid-js/store";
import {
  AllDebridError,
  type HostsPriorityData,
  type User,
  type UserHostsData,
  type VoucherGenerateData,
  type VoucherGetData,
} from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import type { Account, Store } from "../app/store-context";
import { followAccountLang } from "../i18n";
import { deviceCopy } from "../offline/device-copy";
import { type Freshness, NOT_LOADED, refreshing } from "../offline/freshness";
import { rememberUser } from "../session/session";

export interface AccountData {
  user?: User;
  userHosts?: UserHostsData["hosts"];
  priority?: HostsPriorityData["hosts"];
  /** Known only once probed: true for reseller accounts. */
  vouchers?: boolean;
  balance?: number;
}

export type AccountState = AccountData & Freshness;

/** How many vouchers of how many days: taken from stock, or generated against the balance. */
export interface VoucherOrder {
  duration: number;
  nb: number;
}

export function createAccountStore(_account: Account) {
  const [state, setState] = createStore<AccountState>({ ...NOT_LOADED });
  const copy = deviceCopy<AccountData>("account", () => {
    const { user, userHosts, priority, vouchers, balance } = unwrap(state);
    return { user, userHosts, priority, vouchers, balance };
  });
  void copy.read().then((kept) => {
    // A fresher answer may have arrived while the device was read.
    if (kept && state.savedAt === undefined) setState({ ...kept.value, savedAt: kept.savedAt });
  });

  async function remember(): Promise<void> {
    setState("savedAt", Date.now());
    await copy.save();
  }

  /** Whether reseller vouchers are open to this account: ACCOUNT_INVALID means no. */
  async function probeVouchers(): Promise<void> {
    try {
      const { balance } = await callApi("/v4.1/voucher/balance");
      setState({ vouchers: true, balance });
    } catch (error) {
      if (error instanceof AllDebridError && error.code === "ACCOUNT_INVALID")
        setState({ vouchers: false, balance: undefined });
      // Any other failure says nothing about access: the last known answer stays.
    }
  }

  function refresh(): Promise<void> {
    return refreshing(setState, async () => {
      const [{ user }, { hosts }, priority] = await Promise.all([
        callApi("/v4.1/user"),
        callApi("/v4.1/user/hosts"),
        callApi("/v4.1/hosts/priority", {}, { method: "GET" }).catch(() => null),
        probeVouchers(),
      ]);
      setState("user", reconcile(user));
      setState("userHosts", reconcile(hosts));
      if (priority) setState("priority", reconcile(priority.hosts));
      followAccountLang(user.lang);
      await rememberUser(user);
      await remember();
    });
  }

  async function clearNotification(code: string): Promise<void> {
    await callApi("/v4.1/user/notification/clear", { code });
    setState("user", "notifications", (codes) => (codes ?? []).filter((c) => c !== code));
    await remember();
  }

  /** Reseller vouchers from stock; the answer may be a partial list. */
  function getVouchers(order: VoucherOrder): Promise<VoucherGetData> {
    return callApi("/v4.1/voucher/get", { ...order });
  }

  /** Reseller vouchers generated against the balance, which is kept as it now stands. */
  async function generateVouchers(order: VoucherOrder): Promise<VoucherGenerateData> {
    const generated = await callApi("/v4.1/voucher/generate", { ...order });
    setState("balance", generated.balance);
    void remember();
    return generated;
  }

  const actions = { refresh, clearNotification, getVouchers, generateVouchers };
  return [state, actions] as const satisfies Store<AccountState, unknown>;
}
