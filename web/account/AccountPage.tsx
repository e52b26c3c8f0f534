// The Account screen: profile and notifications, per-host quotas, the hosts list, and reseller
// vouchers when the account has access. Shown at once from the device. (Signing out is in
// Settings, its one place.)

import { type JSX, onMount, Show } from "solid-js";
import { ScreenHeader } from "../app/ScreenHeader";
import { hostsCatalogue, loadHosts } from "../hosts/catalogue";
import "./account.css";
import { useAccount } from "./context";
import { HostsList } from "./HostsList";
import { Profile } from "./Profile";
import { Quotas } from "./Quotas";
import { t } from "./strings";
import { Vouchers } from "./Vouchers";

export default function AccountScreen(): JSX.Element {
  const [account, actions] = useAccount();

  onMount(() => {
    void actions.refresh();
    void loadHosts().catch(() => null);
  });

  return (
    <section class="account-page" aria-labelledby="account-title">
      <ScreenHeader
        id="account-title"
        title={t("title")}
        loading={account.loading}
        onRefresh={() => void actions.refresh()}
        savedAt={account.savedAt}
        error={account.loadError}
      />
      <Show when={account.user}>{(user) => <Profile user={user()} />}</Show>
      <Show when={account.userHosts}>{(hosts) => <Quotas hosts={hosts()} />}</Show>
      <Show when={account.vouchers}>
        <Vouchers balance={account.balance} />
      </Show>
      <Show when={hostsCatalogue()}>
        {(catalogue) => <HostsList catalogue={catalogue()} priority={account.priority ?? {}} />}
      </Show>
    </section>
  );
}
