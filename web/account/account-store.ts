// The Account screen's store: the user (/v4.1/user), their hosts with quotas (/v4.1/user/hosts),
// the hosts priority (/v4.1/hosts/priority) and whether the account may use reseller vouchers
// (probed with /v4.1/voucher/balance); shown at once from the device's copy, then refreshed.
// Reached through useAccount() (context.tsx); it belongs to the signed-in account (perAccount).
import { createStore, reconcile, unwrap } from "solid-js/store";
import {
  AllDebridError,
  type HostsPriorityData,
  type User,
  type UserHostsData,
  type VoucherBalanceData,
} from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { followAccountLang } from "../i18n";
import { loadSnapshot, saveSnapshot } from "../offline/db";
import { type Freshness, NOT_LOADED, refreshing } from "../offline/freshness";
import { perAccount } from "../session/per-account";
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

const EMPTY: AccountState = {
  user: undefined,
  userHosts: undefined,
  priority: undefined,
  vouchers: undefined,
  balance: undefined,
  ...NOT_LOADED,
};

const [state, setState] = createStore<AccountState>({ ...EMPTY });

/** Shows what the device kept, unless a fresher answer arrived while it was read. */
async function showDeviceCopy(): Promise<void> {
  const copy = await loadSnapshot<AccountData>("account").catch(() => undefined);
  if (!copy || state.savedAt !== undefined) return;
  setState({ ...copy.value, savedAt: copy.savedAt });
}

async function remember(): Promise<void> {
  setState("savedAt", Date.now());
  const { user, userHosts, priority, vouchers, balance } = unwrap(state);
  await saveSnapshot("account", structuredClone({ user, userHosts, priority, vouchers, balance }));
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

/** A voucher call changed the balance: keep the new one. */
function setBalance(balance: VoucherBalanceData["balance"]): void {
  setState("balance", balance);
  void remember();
}

const actions = { refresh, clearNotification, setBalance };

export type AccountActions = typeof actions;

export const sharedAccountStore = perAccount(() => ({
  state,
  actions,
  start: () => void showDeviceCopy(),
  reset: () => setState({ ...EMPTY }),
}));
