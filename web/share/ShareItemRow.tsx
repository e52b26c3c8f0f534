// One item of a share: what it is, what it holds (a torrent's name, size and info-hash before
// any upload), its actions with the default first, and what came of the last one. A link being
// unlocked shows its step as the Links screen does (quality choice, countdown, download link).
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { LinkAddress } from "../app/LinkAddress";
import { lang } from "../i18n";
import { errorText } from "../i18n/errors";
import { formatSize } from "../i18n/format";
import { useLinks } from "../links/context";
import { LinkStep } from "../links/LinkStep";
import { apikey } from "../session/session";
import { NeedsConnection, type Outcome } from "./actions";
import { actionsFor, type ShareAction, type ShareItem } from "./items";
import { t } from "./strings";

/** What the row shows under the item: an outcome, or a state remembered across a reload. */
export type ItemState =
  | Outcome
  | { kind: "working" }
  | { kind: "done" }
  | { kind: "started" }
  /** Handed to the Links screen's list, under this key. */
  | { kind: "link"; key: string };

interface Props {
  item: ShareItem;
  state?: ItemState;
  /** Without a session the row explains itself but offers no action. */
  canAct: boolean;
  online: boolean;
  act: (action: ShareAction) => void;
}

/** The action one tap (or the automatic setting) takes: offline too, an unlock waits in the outbox for its result. */
export function defaultAction(item: ShareItem): ShareAction | undefined {
  return actionsFor(item)[0];
}

export function ShareItemRow(props: Props): JSX.Element {
  const settled = () =>
    ["done", "queued", "added", "waiting", "saved", "expanded", "working", "link"].includes(props.state?.kind ?? "");
  const actions = () => {
    const first = defaultAction(props.item);
    return [first, ...actionsFor(props.item).filter((action) => action !== first)].filter(
      (action): action is ShareAction => action !== undefined,
    );
  };
  const label = (action: ShareAction) => {
    if (props.online) return t(`action_${action}`);
    if (action === "save") return t("action_saveForLater");
    return action === "unlock" ? t("action_unlockOffline") : t(`action_${action}`);
  };
  return (
    <li class="share-item card" data-kind={props.item.kind}>
      <p class="share-kind">{t(`kind_${props.item.kind}`)}</p>
      <Description item={props.item} />
      <Show when={props.canAct && !settled() && actions().length > 0}>
        <div class="share-actions">
          <For each={actions()}>
            {(action, index) => (
              <button type="button" classList={{ primary: index() === 0 }} onClick={() => props.act(action)}>
                {props.state?.kind === "started" || props.state?.kind === "failed"
                  ? `${label(action)} · ${props.state.kind === "started" ? t("sendAgain") : t("retry")}`
                  : label(action)}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={props.state}>{(state) => <StateLine state={state()} item={props.item} />}</Show>
    </li>
  );
}

function Description(props: { item: ShareItem }): JSX.Element {
  const item = props.item;
  switch (item.kind) {
    case "magnet":
      return (
        <>
          <p class="share-name">{item.name ?? item.hash}</p>
          <Show when={item.name}>
            <p class="muted share-detail share-hash">{t("hash", { hash: item.hash })}</p>
          </Show>
        </>
      );
    case "torrent":
      return (
        <>
          <p class="share-name">{item.torrent.name}</p>
          <p class="muted share-detail">
            {formatSize(item.torrent.size, lang())} · {item.fileName}
          </p>
          <p class="muted share-detail share-hash">{t("hash", { hash: item.torrent.infoHash })}</p>
        </>
      );
    case "bad-torrent":
      return (
        <>
          <p class="share-name">{item.fileName}</p>
          <p class="error">{t(`bad_${item.failure}`)}</p>
        </>
      );
    case "other-file":
      return (
        <>
          <p class="share-name">{item.fileName}</p>
          <p class="error">{t("otherFile")}</p>
        </>
      );
    case "unsupported":
      return (
        <>
          <p class="share-name share-link">
            <LinkAddress address={item.link} />
          </p>
          <p class="error">{t("unsupported")}</p>
        </>
      );
    default:
      return (
        <>
          <p class="share-name share-link">
            <LinkAddress address={item.link} />
          </p>
          <Show when={item.service}>
            <p class="muted share-detail">{item.service}</p>
          </Show>
          <Show when={item.up === false}>
            <p class="warning">{t("serviceDown", { service: item.service ?? "" })}</p>
          </Show>
          <Show when={item.kind === "unknown"}>
            <p class="muted share-detail">{t("unknownHint")}</p>
          </Show>
          <Show when={item.from}>
            {(from) => <p class="muted share-detail share-link">{t("from", { link: from() })}</p>}
          </Show>
        </>
      );
  }
}

function StateLine(props: { state: ItemState; item: ShareItem }): JSX.Element {
  // Signed out, a share only waits: there is no account, so no Links store, to look in.
  const links = apikey() ? useLinks()[0] : undefined;
  /** The Links screen's own item for this link, once handed over (also found by link after a reload). */
  const linkItem = () => {
    const state = props.state;
    if (state.kind === "link") return links?.items.find((item) => item.key === state.key);
    if (state.kind === "done" && "link" in props.item) {
      const link = props.item.link;
      return links?.items.find((item) => item.link === link);
    }
    return undefined;
  };
  return (
    <div class="share-state" role="status">
      <Switch>
        <Match when={linkItem()}>{(item) => <LinkStep item={item()} />}</Match>
        <Match when={props.state.kind === "working"}>
          <p class="muted">{t("working")}</p>
        </Match>
        <Match when={props.state.kind === "added" && props.state}>
          {(added) => (
            <p class="ok">
              {t(added().already ? "already" : added().ready ? "addedReady" : "added", { name: added().name })}
            </p>
          )}
        </Match>
        <Match when={props.state.kind === "saved" || props.state.kind === "done"}>
          <p class="ok">{props.state.kind === "saved" ? t("saved") : t("done")}</p>
        </Match>
        <Match when={props.state.kind === "expanded" && props.state}>
          {(expanded) => (
            <p class="ok">
              {expanded().links.length > 0 ? t("expanded", { count: expanded().links.length }) : t("expandedNone")}
            </p>
          )}
        </Match>
        <Match when={props.state.kind === "queued"}>
          <p class="warning">{t("queued")}</p>
        </Match>
        <Match when={props.state.kind === "waiting" && props.state}>
          {(waiting) => <p class="ok">{t("waiting", { name: waiting().name, position: waiting().position })}</p>}
        </Match>
        <Match when={props.state.kind === "started"}>
          <p class="warning">{t("started")}</p>
        </Match>
        <Match when={props.state.kind === "failed" && props.state}>
          {(failed) => (
            <p class="error">
              {failed().error instanceof NeedsConnection ? t("needsConnection") : errorText(failed().error)}
            </p>
          )}
        </Match>
      </Switch>
    </div>
  );
}
