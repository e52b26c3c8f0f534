// One link in the list: what the device recognised, the infos preview, and the step it is at.
import { Show } from "solid-js";
import { LinkAddress } from "../app/LinkAddress";
import { lang } from "../i18n";
import { formatSize } from "../i18n/format";
import { useLinks } from "./context";
import type { LinkItem } from "./items";
import { LinkStep } from "./LinkStep";
import { t } from "./strings";

function kindLabel(item: LinkItem): string {
  const service = item.service ?? "";
  switch (item.kind) {
    case "host":
      return service ? t("kindHost", { service }) : t("kindHostUnknown");
    case "stream":
      return t("kindStream", { service });
    case "redirector":
      return t("kindRedirector", { service });
    case "magnet":
      return t("kindMagnet");
    case "unsupported":
      return t("kindUnsupported");
    default:
      return t("kindUnknown");
  }
}

export function LinkCard(props: { item: LinkItem }) {
  const [, actions] = useLinks();
  const title = () => props.item.result?.filename || props.item.name || props.item.link;
  const busy = () => props.item.step === "checking" || props.item.step === "working";
  return (
    <li
      class="card link-card"
      aria-busy={busy() ? "true" : undefined}
      data-step={props.item.step}
      data-from={props.item.from ? "" : undefined}
    >
      <div class="link-head">
        <span class={`link-kind kind-${props.item.kind}`}>{kindLabel(props.item)}</span>
        <Show when={props.item.size}>
          <span class="muted">{formatSize(props.item.size, lang())}</span>
        </Show>
        <button
          type="button"
          class="link-remove"
          aria-label={t("remove", { name: title() })}
          onClick={() => actions.removeLink(props.item.key)}
        >
          ×
        </button>
      </div>
      <p class="link-title">
        <Show
          when={title() !== props.item.link}
          fallback={<LinkAddress address={props.item.link} class="link-title" />}
        >
          {title()}
        </Show>
      </p>
      <Show when={title() !== props.item.link}>
        <p class="link-source">
          <LinkAddress address={props.item.link} />
        </p>
      </Show>
      <Show when={props.item.from}>
        <p class="muted small">{t("fromRedirector")}</p>
      </Show>
      <Show when={props.item.up === false}>
        <p class="warning small">{t("hostDown")}</p>
      </Show>
      <LinkStep item={props.item} />
    </li>
  );
}
