// The files of one magnet as a tree of collapsible folders, the biggest file first; one line
// per file with its action beside it: Play (video, audio) or Unlock, then Open, and more in its
// menu (copy, share). "Copy all links" and the exports unlock every file in tree order.
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import type { FileLeaf, FileNode, Magnet } from "../../protocol/alldebrid";
import { ActionMenu, type MenuItem } from "../app/ActionMenu";
import { DelayedCountdown } from "../app/DelayedCountdown";
import { ErrorLine } from "../app/ErrorLine";
import { ExportMenu } from "../export/ExportMenu";
import { lang } from "../i18n";
import { errorText } from "../i18n/errors";
import { mediaKind } from "../play/media";
import { PlayButton } from "../play/PlayButton";
import { useMagnetFiles } from "./context";
import { sortedNodes, summarize } from "./files-tree";
import { formatBytes } from "./format";
import { t } from "./strings";
import type { UnlockState } from "./unlock";

/** Trees larger than this start with only their first level of folders open. */
const OPEN_ALL_UP_TO = 40;

/** `copyLinks`: copy every link as soon as the files are known (a notification's "Copy links"). */
export function MagnetFiles(props: { magnet: Magnet; copyLinks?: boolean }): JSX.Element {
  const [, actions] = useMagnetFiles();
  const [files] = createResource(() => props.magnet.id, actions.files);
  return (
    <div class="magnet-files">
      <Switch>
        <Match when={files.error}>
          <ErrorLine error={files.error} />
        </Match>
        <Match when={files.loading}>
          <p class="muted">{t("loadingFiles")}</p>
        </Match>
        <Match when={files()?.length === 0}>
          <p class="muted">{t("noFiles")}</p>
        </Match>
        <Match when={files()}>
          {(nodes) => (
            <>
              <ExportMenu
                name={props.magnet.filename}
                fileBase={props.magnet.filename}
                collect={actions.collect([props.magnet])}
                copyButton
                runAtOnce={props.copyLinks ? "text" : undefined}
                class="files-actions"
              />
              <FileTree nodes={nodes()} openAll={summarize(nodes()).files <= OPEN_ALL_UP_TO} depth={0} />
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}

function FileTree(props: { nodes: FileNode[]; openAll: boolean; depth: number }): JSX.Element {
  return (
    <ul class="file-tree">
      <For each={sortedNodes(props.nodes)}>
        {(node) =>
          "e" in node ? (
            <li class="file-folder">
              <details open={props.openAll || props.depth === 0}>
                <summary>
                  <span class="file-name">{node.n}</span>{" "}
                  <span class="muted">
                    · {t("fileCount", { count: summarize(node.e).files })} ·{" "}
                    {formatBytes(summarize(node.e).size, lang())}
                  </span>
                </summary>
                <FileTree nodes={node.e} openAll={props.openAll} depth={props.depth + 1} />
              </details>
            </li>
          ) : (
            <FileItem leaf={node} />
          )
        }
      </For>
    </ul>
  );
}

function FileItem(props: { leaf: FileLeaf }): JSX.Element {
  const [steps, actions] = useMagnetFiles();
  const state = (): UnlockState => steps[props.leaf.l] ?? { step: "idle" };
  const link = () => {
    const current = state();
    return current.step === "ready" ? current.link : undefined;
  };
  const preparing = () => {
    const current = state();
    return current.step === "preparing" ? current : undefined;
  };
  const failure = () => {
    const current = state();
    return current.step === "failed" ? current : undefined;
  };
  const [note, setNote] = createSignal("");
  const media = () => mediaKind(props.leaf.n) !== null;
  // The outcome shows through the file's step; the promise itself needs no more handling here.
  const start = () => void actions.unlockFile(props.leaf.l).done.catch(() => undefined);
  const getLink = () => actions.unlockFile(props.leaf.l).done.catch(() => undefined);

  async function copy(direct: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(direct);
      setNote(t("copied"));
    } catch (error) {
      setNote(errorText(error));
    }
  }

  const menu = (): MenuItem[] => {
    const direct = link();
    if (!direct) return media() ? [{ label: t("unlock"), onSelect: start }] : [];
    const items: MenuItem[] = [{ label: t("copy"), onSelect: () => void copy(direct) }];
    if (media()) items.unshift({ label: t("open"), onSelect: () => void window.open(direct, "_blank", "noopener") });
    if ("share" in navigator) {
      items.push({
        label: t("share"),
        onSelect: () => void navigator.share({ title: props.leaf.n, url: direct }).catch(() => undefined),
      });
    }
    return items;
  };

  return (
    <li class="file-item" data-step={state().step}>
      <span class="file-name" title={props.leaf.n}>
        {props.leaf.n}
      </span>
      <span class="muted file-size">{note() || formatBytes(props.leaf.s, lang())}</span>
      <span class="file-actions">
        <Switch>
          <Match when={state().step === "unlocking"}>
            <span class="muted" role="status">
              {t("unlocking")}
            </span>
          </Match>
          <Match when={preparing()}>
            {(delayed) => <DelayedCountdown readyAt={delayed().readyAt} class="file-countdown" />}
          </Match>
          <Match when={media()}>
            <PlayButton name={props.leaf.n} link={link()} getLink={getLink} />
          </Match>
          <Match when={link()}>
            {(direct) => (
              <a class="button primary" href={direct()} target="_blank" rel="noopener noreferrer">
                {t("open")}
              </a>
            )}
          </Match>
          <Match when={true}>
            <button type="button" onClick={start}>
              {t("unlock")}
            </button>
          </Match>
        </Switch>
        <Show when={menu().length > 0}>
          <ActionMenu label={t("actionsFor", { name: props.leaf.n })} items={menu()} />
        </Show>
      </span>
      <Show when={failure()}>
        {(failed) => (
          <span class="error file-error" role="alert">
            {errorText(failed().error)}
          </span>
        )}
      </Show>
    </li>
  );
}
