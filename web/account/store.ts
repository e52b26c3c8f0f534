// The Account screen's data: the user (/v4/user), their hosts with quotas (/v4.1/user/hosts),
// the hosts priority (/v4/hosts/priority) and whether the account may use reseller vouchers
// (probed with /v4/voucher/balance). The last state is kept on the device for offline.
import { createSignal } from "solid-js";
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
import { apikey, rememberUser } from "../session/session";

export interface AccountState {
  user?: User;
  userHosts?: UserHostsData["hosts"];
  priority?: HostsPriorityData["hosts"];
  /** Known only once probed: true for reseller accounts. */
  vouchers?: boolean;
  balance?: number;
}

const [state, setState] = createStore<AccountState>({});
const [savedAt, setSavedAt] = createSignal<number | undefined>(undefined);
const [loading, setLoading] = createSignal(false);
const [loadError, setLoadError] = createSignal<unknown>(null);
/** The apikey the data above belongs to: another account's data is never shown. */
let owner: string | null = null;

export { loadError, loading, savedAt, state as account };

export function resetAccount(): void {
  setState(reconcile({}));
  setSavedAt(undefined);
  owner = null;
}

async function remember(): Promise<void> {
  setSavedAt(Date.now());
  await saveSnapshot("account", structuredClone(unwrap(state)));
}

export async function loadAccount(): Promise<void> {
  if (owner !== null && owner !== apikey()) resetAccount();
  owner = apikey();
  if (!savedAt()) {
    const snapshot = await loadSnapshot<AccountState>("account").catch(() => undefined);
    if (snapshot && !savedAt()) {
      setState(reconcile(snapshot.value));
      setSavedAt(snapshot.savedAt);
    }
  }
  await refreshAccount();
}

/** Whether reseller vouchers are open to this account: ACCOUNT_INVALID means no. */
async function probeVouchers(): Promise<void> {
  try {
    const { balance } = await callApi("/v4/voucher/balance");
    setState({ vouchers: true, balance });
  } catch (error) {
    if (error instanceof AllDebridError && error.code === "ACCOUNT_INVALID")
      setState({ vouchers: false, balance: undefined });
    // Any other failure says nothing about access: the last known answer stays.
  }
}

export async function refreshAccount(): Promise<void> {
  setLoading(true);
  setLoadError(null);
  try {
    const [{ user }, { hosts }, priority] = await Promise.all([
      callApi("/v4/user"),
      callApi("/v4.1/user/hosts"),
      callApi("/v4/hosts/priority", {}, { method: "GET" }).catch(() => null),
      probeVouchers(),
    ]);
    setState("user", reconcile(user));
    setState("userHosts", reconcile(hosts));
    if (priority) setState("priority", reconcile(priority.hosts));
    followAccountLang(user.lang);
    await rememberUser(user);
    await remember();
  } catch (error) {
    setLoadError(error);
  } finally {
    setLoading(false);
  }
}

export async function clearNotification(code: string): Promise<void> {
  await callApi("/v4/user/notification/clear", { code });
  setState("user", "notifications", (codes) => (codes ?? []).filter((c) => c !== code));
  await remember();
}

/** A voucher call changed the balance: keep the new one. */
export function setBalance(balance: VoucherBalanceData["balance"]): void {
  setState("balance", balance);
  void remember();
}
