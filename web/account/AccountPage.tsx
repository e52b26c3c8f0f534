// The Account screen: profile and notifications, per-host quotas, the hosts list, reseller
// vouchers when the account has access, and signing out. Shown at once from the device.

import { useNavigate } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { ScreenHeader } from "../app/ScreenHeader";
import { hostsCatalogue, loadHosts } from "../hosts/catalogue";
import { resetLinks } from "../links/store";
import { resetSaved } from "../saved/store";
import { signOut } from "../session/session";
import "./account.css";
import { HostsList } from "./HostsList";
import { Profile } from "./Profile";
import { Quotas } from "./Quotas";
import { account, loadAccount, loadError, loading, refreshAccount, resetAccount, savedAt } from "./store";
import { t } from "./strings";
import { Vouchers } from "./Vouchers";

export default function AccountPage() {
  const navigate = useNavigate();

  onMount(() => {
    void loadAccount();
    void loadHosts().catch(() => null);
  });

  async function leave(): Promise<void> {
    // What is in memory goes with what is on the device: the next account starts clean.
    resetAccount();
    resetLinks();
    resetSaved();
    await signOut();
    navigate("/signin", { replace: true });
  }

  return (
    <section class="account-page" aria-labelledby="account-title">
      <ScreenHeader
        id="account-title"
        title={t("title")}
        loading={loading()}
        onRefresh={() => void refreshAccount()}
        savedAt={savedAt()}
        error={loadError()}
      />
      <Show when={account.user}>{(user) => <Profile user={user()} />}</Show>
      <Show when={account.userHosts}>{(hosts) => <Quotas hosts={hosts()} />}</Show>
      <Show when={account.vouchers}>
        <Vouchers balance={account.balance} />
      </Show>
      <Show when={hostsCatalogue()}>
        {(catalogue) => <HostsList catalogue={catalogue()} priority={account.priority ?? {}} />}
      </Show>
      <section class="card account-card" aria-labelledby="signout-title">
        <h2 id="signout-title" class="visually-hidden">
          {t("signOut")}
        </h2>
        <p class="muted small">{t("signOutHint")}</p>
        <button type="button" class="danger" onClick={() => void leave()}>
          {t("signOut")}
        </button>
      </section>
    </section>
  );
}
