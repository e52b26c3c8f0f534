// The files of one magnet as a tree of collapsible folders; each file can be unlocked into a
// direct link, then opened, copied or shared. "Copy all links" unlocks every file first.

import { createResource, For, type JSX, Match, onCleanup, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import { AllDebridError, type FileLeaf, type FileNode, flattenFiles, isFolder } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { lang } from "../i18n";
import { errorText } from "../i18n/errors";
import { sortedNodes, summarize } from "./files-tree";
import { formatBytes } from "./format";
import { t } from "./strings";
import { type UnlockState, unlockFile } from "./unlock";

/** An unlock under way: `done` when the direct link is there; `linkOrDelayed` also settles (null) once it is delayed or failed. */
interface Unlocking {
  done: Promise<string>;
  linkOrDelayed: Promise<string | null>;
}

/** Trees larger than this start with only their first level of folders open. */
const OPEN_ALL_UP_TO = 40;

async function loadFiles(id: number): Promise<FileNode[]> {
  const answer = await callApi("/v4.1/magnet/files", { "id[]": [id] });
  const item = answer.magnets.find((m) => String(m.id) === String(id));
  if (!item) throw new AllDebridError("MAGNET_INVALID_ID");
  if ("error" in item) throw new AllDebridError(item.error.code, item.error.message);
  return item.files;
}

export function MagnetFiles(props: { id: number; name: string }): JSX.Element {
  const [files] = createResource(() => props.id, loadFiles);
  const [unlocks, setUnlocks] = createStore<Record<string, UnlockState>>({});
  const [copyAllNote, setCopyAllNote] = createStore({ text: "" });
  const running = new Map<string, Unlocking>();
  const abort = new AbortController();
  onCleanup(() => abort.abort());

  /** Starts (or joins) the unlock of a file. */
  function unlock(leaf: FileLeaf): Unlocking {
    const known = unlocks[leaf.l];
    if (known?.step === "ready") {
      const link = Promise.resolve(known.link);
      return { done: link, linkOrDelayed: link };
    }
    const existing = running.get(leaf.l);
    if (existing) return existing;
    let markDelayed = () => {};
    const delayed = new Promise<null>((resolve) => {
      markDelayed = () => resolve(null);
    });
    const done = unlockFile(
      leaf.l,
      (state) => {
        setUnlocks(leaf.l, state);
        if (state.step === "preparing") markDelayed();
      },
      abort.signal,
    ).then(
      (link) => {
        setUnlocks(leaf.l, { step: "ready", link });
        return link;
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setUnlocks(leaf.l, { step: "failed", error });
        throw error;
      },
    );
    const entry: Unlocking = { done, linkOrDelayed: Promise.race([done.catch(() => null), delayed]) };
    running.set(leaf.l, entry);
    done.then(
      () => running.delete(leaf.l),
      () => running.delete(leaf.l),
    );
    return entry;
  }

  async function copyAll(): Promise<void> {
    const links: string[] = [];
    let waiting = 0;
    // One file at a time, to stay well within the upstream's rate limit; delayed links are
    // not waited for: they are counted, and keep preparing in place.
    for (const leaf of flattenFiles(files() ?? [])) {
      const link = await unlock(leaf).linkOrDelayed;
      if (link) links.push(link);
      else if (unlocks[leaf.l]?.step === "preparing") waiting++;
    }
    try {
      await navigator.clipboard.writeText(links.join("\n"));
      setCopyAllNote({
        text: waiting ? t("copiedSome", { count: links.length, waiting }) : t("copiedAll", { count: links.length }),
      });
    } catch (error) {
      setCopyAllNote({ text: errorText(error) });
    }
  }

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
              <div class="files-actions">
                <button type="button" onClick={() => void copyAll()}>
                  {t("copyAll")}
                </button>
                <span class="muted" role="status">
                  {copyAllNote.text}
                </span>
              </div>
              <FileTree
                nodes={nodes()}
                openAll={summarize(nodes()).files <= OPEN_ALL_UP_TO}
                depth={0}
                unlocks={unlocks}
                unlock={unlock}
              />
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}

interface TreeProps {
  nodes: FileNode[];
  openAll: boolean;
  depth: number;
  unlocks: Record<string, UnlockState>;
  unlock: (leaf: FileLeaf) => Unlocking;
}

function FileTree(props: TreeProps): JSX.Element {
  return (
    <ul class="file-tree">
      <For each={sortedNodes(props.nodes)}>
        {(node) =>
          isFolder(node) ? (
            <li class="file-folder">
              <details open={props.openAll || props.depth === 0}>
                <summary>
                  <span class="file-name">{node.n}</span>{" "}
                  <span class="muted">
                    · {t("fileCount", { count: summarize(node.e).files })} ·{" "}
                    {formatBytes(summarize(node.e).size, lang())}
                  </span>
                </summary>
                <FileTree {...props} nodes={node.e} depth={props.depth + 1} />
              </details>
            </li>
          ) : (
            <FileItem leaf={node} state={props.unlocks[node.l] ?? { step: "idle" }} unlock={props.unlock} />
          )
        }
      </For>
    </ul>
  );
}

function FileItem(props: { leaf: FileLeaf; state: UnlockState; unlock: (leaf: FileLeaf) => Unlocking }) {
  const [copied, setCopied] = createStore({ done: false });
  // The outcome is shown through `state`; nothing more to do with the promise here.
  const start = () => void props.unlock(props.leaf).done.catch(() => undefined);
  const copy = async (link: string) => {
    await navigator.clipboard.writeText(link);
    setCopied({ done: true });
  };
  const share = (link: string) => void navigator.share({ title: props.leaf.n, url: link }).catch(() => undefined);
  return (
    <li class="file-item">
      <div class="file-line">
        <span class="file-name">{props.leaf.n}</span>
        <span class="muted file-size">{formatBytes(props.leaf.s, lang())}</span>
      </div>
      <div class="file-actions">
        <Switch>
          <Match when={props.state.step === "idle" || props.state.step === "failed"}>
            <button type="button" onClick={start}>
              {t("unlock")}
            </button>
            <Show when={props.state.step === "failed" && props.state}>
              {(failed) => (
                <span class="error" role="alert">
                  {errorText(failed().error)}
                </span>
              )}
            </Show>
          </Match>
          <Match when={props.state.step === "unlocking"}>
            <span class="muted" role="status">
              {t("unlocking")}
            </span>
          </Match>
          <Match when={props.state.step === "preparing" && props.state}>
            {(preparing) => (
              <span class="muted" role="status">
                {preparing().secondsLeft
                  ? t("preparing", { seconds: preparing().secondsLeft ?? 0 })
                  : t("preparingSoon")}
              </span>
            )}
          </Match>
          <Match when={props.state.step === "ready" && props.state}>
            {(ready) => (
              <>
                <a class="button primary" href={ready().link} target="_blank" rel="noopener noreferrer">
                  {t("open")}
                </a>
                <button type="button" onClick={() => void copy(ready().link).catch(() => undefined)}>
                  {copied.done ? t("copied") : t("copy")}
                </button>
                <Show when={"share" in navigator}>
                  <button type="button" onClick={() => share(ready().link)}>
                    {t("share")}
                  </button>
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </div>
    </li>
  );
}
