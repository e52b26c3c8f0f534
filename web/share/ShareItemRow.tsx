// One item of a share: what it is, what it holds (a torrent's name, size and info-hash before
// any upload), its actions with the default first, and what came of the last one.
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { lang } from "../i18n";
import { errorText } from "../i18n/errors";
import { formatSize } from "../i18n/format";
import { NeedsConnection, type Outcome } from "./actions";
import { actionsFor, type ShareAction, type ShareItem } from "./items";
import { t } from "./strings";

/** What the row shows under the item: an outcome, or a state remembered across a reload. */
export type ItemState = Outcome | { kind: "working" } | { kind: "done" } | { kind: "started" };

interface Props {
  item: ShareItem;
  state?: ItemState;
  /** Without a session the row explains itself but offers no action. */
  canAct: boolean;
  online: boolean;
  act: (action: ShareAction) => void;
}

/** Offline, a link is saved for later rather than unlocked into a result nobody would see. */
export function defaultAction(item: ShareItem, online: boolean): ShareAction | undefined {
  const actions = actionsFor(item);
  if (!online && actions.includes("save")) return "save";
  return actions[0];
}

export function ShareItemRow(props: Props): JSX.Element {
  const settled = () =>
    ["done", "queued", "added", "unlocked", "saved", "expanded", "preparing", "working"].includes(
      props.state?.kind ?? "",
    );
  const actions = () => {
    const first = defaultAction(props.item, props.online);
    return [first, ...actionsFor(props.item).filter((action) => action !== first)].filter(
      (action): action is ShareAction => action !== undefined,
    );
  };
  const label = (action: ShareAction) =>
    action === "save" && !props.online ? t("action_saveForLater") : t(`action_${action}`);
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
      <Show when={props.state}>{(state) => <StateLine state={state()} />}</Show>
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
          <p class="share-name share-link">{item.link}</p>
          <p class="error">{t("unsupported")}</p>
        </>
      );
    default:
      return (
        <>
          <p class="share-name share-link">{item.link}</p>
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

function StateLine(props: { state: ItemState }): JSX.Element {
  return (
    <div class="share-state" role="status">
      <Switch>
        <Match when={props.state.kind === "working"}>
          <p class="muted">{t("working")}</p>
        </Match>
        <Match when={props.state.kind === "added" && props.state}>
          {(added) => <p class="ok">{t(added().ready ? "addedReady" : "added", { name: added().name })}</p>}
        </Match>
        <Match when={props.state.kind === "unlocked" && props.state}>
          {(unlocked) => (
            <p class="ok">
              {t("unlocked", { name: unlocked().filename })}{" "}
              <a href={unlocked().link} target="_blank" rel="noopener noreferrer">
                {t("download")}
              </a>
            </p>
          )}
        </Match>
        <Match when={props.state.kind === "preparing" && props.state}>
          {(preparing) => <p class="muted">{t("preparing", { name: preparing().filename })}</p>}
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
