// Every service AllDebrid supports (/v4.1/hosts), with its status and priority
// (/v4.1/hosts/priority, from more open to more restricted), searchable by name or domain.
import { createMemo, createSignal, For } from "solid-js";
import type { HostsData } from "../../protocol/alldebrid";
import { t } from "./strings";

interface HostRow {
  name: string;
  kind: "host" | "stream" | "redirector";
  premium: boolean;
  status?: boolean;
  domains: string[];
  rank?: number;
}

function rowsOf(catalogue: HostsData, priority: Record<string, number>): HostRow[] {
  const sections = [
    ["host", catalogue.hosts],
    ["stream", catalogue.streams ?? {}],
    ["redirector", catalogue.redirectors ?? {}],
  ] as const;
  const rows: HostRow[] = [];
  for (const [kind, services] of sections)
    for (const service of Object.values(services))
      rows.push({
        name: service.name,
        kind,
        premium: service.type === "premium",
        status: service.status,
        domains: service.domains,
        rank: priority[service.name],
      });
  // Hosts by priority first, then every other service by name.
  return rows.sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name),
  );
}

function statusText(row: HostRow): string {
  if (row.status === true) return t("hostUp");
  if (row.status === false) return t("hostDown");
  return t("hostUnknown");
}

export function HostsList(props: { catalogue: HostsData; priority: Record<string, number> }) {
  const [query, setQuery] = createSignal("");
  const rows = createMemo(() => rowsOf(props.catalogue, props.priority));
  const shown = createMemo(() => {
    const words = query().trim().toLowerCase();
    if (!words) return rows();
    return rows().filter((row) => row.name.toLowerCase().includes(words) || row.domains.some((d) => d.includes(words)));
  });
  return (
    <section class="card account-card" aria-labelledby="hosts-title">
      <h2 id="hosts-title">{t("hosts")}</h2>
      <label for="hosts-search">{t("hostsSearch")}</label>
      <input
        id="hosts-search"
        type="search"
        autocomplete="off"
        value={query()}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p class="muted small" role="status">
        {t("hostsCount", { shown: shown().length, total: rows().length })}
      </p>
      <ul class="account-hosts">
        <For each={shown()}>
          {(row) => (
            <li data-host={row.name}>
              <span class="host-name">{row.name}</span>
              <span class={`host-status status-${String(row.status ?? "unknown")}`}>{statusText(row)}</span>
              <span class="muted small">
                {[
                  row.kind === "host" ? (row.premium ? t("premiumHost") : t("freeHost")) : t(row.kind),
                  row.rank !== undefined ? t("priority", { rank: row.rank }) : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
