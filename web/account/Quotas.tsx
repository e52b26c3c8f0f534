// Per-host daily quotas (/v4.1/user/hosts) drawn as bars: traffic in MB or a number of
// downloads, and the simultaneous download slots left.
import { For, Show } from "solid-js";
import type { UserHost } from "../../protocol/alldebrid";
import { lang } from "../i18n";
import { formatMegabytes } from "../i18n/format";
import { t } from "./strings";

function quotaText(host: UserHost): string {
  const left = host.quota ?? 0;
  const max = host.quotaMax ?? 0;
  if (host.quotaType === "nb_download") return t("quotaDownloads", { left, max });
  return t("quotaTraffic", { left: formatMegabytes(left, lang()), max: formatMegabytes(max, lang()) });
}

export function Quotas(props: { hosts: Record<string, UserHost> }) {
  const limited = () =>
    Object.values(props.hosts)
      .filter((host) => host.quotaMax !== undefined || host.limitSimuDl !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="card account-card" aria-labelledby="quotas-title">
      <h2 id="quotas-title">{t("quotas")}</h2>
      <p class="muted small">{t("quotasHint")}</p>
      <Show when={limited().length > 0} fallback={<p class="muted">{t("noQuotas")}</p>}>
        <ul class="account-quotas">
          <For each={limited()}>
            {(host) => (
              <li data-host={host.name}>
                <div class="quota-head">
                  <span id={`quota-${host.name}`} class="quota-name">
                    {host.name}
                  </span>
                  <Show when={host.quotaMax !== undefined}>
                    <span class="muted small">{quotaText(host)}</span>
                  </Show>
                </div>
                <Show when={host.quotaMax !== undefined}>
                  <meter
                    aria-labelledby={`quota-${host.name}`}
                    min={0}
                    max={host.quotaMax}
                    low={(host.quotaMax ?? 0) * 0.2}
                    optimum={host.quotaMax}
                    value={host.quota ?? 0}
                  >
                    {quotaText(host)}
                  </meter>
                </Show>
                <Show when={host.limitSimuDl !== undefined}>
                  <p class="muted small">{t("slots", { count: host.limitSimuDl ?? 0 })}</p>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
