// One saved or recent link: its name, link, host, size and date, and what can be done with it.
import type { JSX } from "solid-js";
import { Show } from "solid-js";
import type { SavedLink } from "../../protocol/alldebrid";
import { LinkAddress } from "../app/LinkAddress";
import { lang } from "../i18n";
import { formatDate, formatSize } from "../i18n/format";
import { t } from "./strings";

export function nameOf(link: SavedLink): string {
  return link.filename || link.link;
}

export function SavedLinkRow(props: { link: SavedLink; leading?: JSX.Element; children: JSX.Element }) {
  const details = () =>
    [
      props.link.host === "stream" ? t("stream") : props.link.host,
      formatSize(props.link.size, lang()),
      props.link.date ? formatDate(props.link.date, lang(), true) : "",
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <li class="card saved-row">
      {props.leading}
      <div class="saved-main">
        <p class="saved-name">{nameOf(props.link)}</p>
        <Show when={props.link.filename}>
          <p class="saved-link">
            <LinkAddress address={props.link.link} />
          </p>
        </Show>
        <p class="muted small">{details()}</p>
        <div class="saved-actions">{props.children}</div>
      </div>
    </li>
  );
}
