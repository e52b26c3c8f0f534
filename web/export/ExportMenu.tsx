// Exporting links: a menu of formats (copy as text, an .m3u playlist, an aria2 input file, a
// JDownloader .crawljob) and, while the files are unlocked for it, a progress line with Cancel.
// The files come from `collect`, which unlocks what it must (paced: web/alldebrid/unlock-many).
import { createSignal, type JSX, onCleanup, onMount, Show } from "solid-js";
import type { ManyProgress } from "../alldebrid";
import { ActionMenu, type MenuItem } from "../app/ActionMenu";
import { asText, EXPORT_FORMATS, type ExportFile, type ExportFormat, exportDocument } from "./formats";
import "./export.css";
import { t } from "./strings";

export interface Collected {
  files: ExportFile[];
  /** Files that could not be unlocked. */
  failed: number;
}

export type Collect = (onProgress: (progress: ManyProgress) => void, signal: AbortSignal) => Promise<Collected>;

type Status =
  | { kind: "idle" }
  | { kind: "working"; progress: ManyProgress | null }
  | { kind: "copy"; text: string; count: number }
  | { kind: "done"; text: string; error?: boolean };

export function ExportMenu(props: {
  /** What is exported, for the menu's name ("Export the links of …"). */
  name: string;
  /** The exported file's name, without extension. */
  fileBase: string;
  collect: Collect;
  /** Shows "Copy all links" as a button of its own too. */
  copyButton?: boolean;
  /** More actions for the menu, before the formats (the selection's Restart, say). */
  extraItems?: MenuItem[];
  /** The menu button's name and content, when it is more than an "Export" menu. */
  menuLabel?: string;
  menuButton?: JSX.Element;
  class?: string;
  /** A format exported as soon as the menu appears (a notification's "Copy links"). */
  runAtOnce?: ExportFormat;
}): JSX.Element {
  const [status, setStatus] = createSignal<Status>({ kind: "idle" });
  const [now, setNow] = createSignal(Date.now());
  let running: AbortController | null = null;
  const tick = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => {
    clearInterval(tick);
    running?.abort();
  });

  onMount(() => {
    if (props.runAtOnce) void run(props.runAtOnce);
  });

  async function run(format: ExportFormat): Promise<void> {
    running?.abort();
    const mine = new AbortController();
    running = mine;
    setStatus({ kind: "working", progress: null });
    try {
      const { files, failed } = await props.collect(
        (progress) => setStatus({ kind: "working", progress }),
        mine.signal,
      );
      setStatus(await deliver(format, files, failed));
    } catch (error) {
      if (mine.signal.aborted) setStatus({ kind: "done", text: t("cancelled") });
      else throw error;
    } finally {
      if (running === mine) running = null;
    }
  }

  async function deliver(format: ExportFormat, files: ExportFile[], failed: number): Promise<Status> {
    const failures = failed ? ` ${t("failed", { count: failed })}` : "";
    if (files.length === 0) return { kind: "done", text: `${t("nothing")}${failures}`, error: failed > 0 };
    if (format === "text") {
      const text = asText(files);
      try {
        await navigator.clipboard.writeText(text);
        return { kind: "done", text: `${t("copied", { count: files.length })}${failures}` };
      } catch {
        // The unlocks took long enough for the browser to want a fresh tap before copying.
        return { kind: "copy", text, count: files.length };
      }
    }
    const document = exportDocument(format, files, props.fileBase);
    const count =
      format === "m3u" ? document.text.split("\n").filter((line) => line.startsWith("#EXTINF")).length : files.length;
    if (count === 0) return { kind: "done", text: t("noMedia") };
    download(document.fileName, document.text, document.type);
    return { kind: "done", text: `${t("downloaded", { file: document.fileName, count })}${failures}` };
  }

  async function copyNow(text: string, count: number): Promise<void> {
    await navigator.clipboard.writeText(text);
    setStatus({ kind: "done", text: t("copied", { count }) });
  }

  const working = () => {
    const current = status();
    return current.kind === "working" ? current : undefined;
  };
  const copying = () => {
    const current = status();
    return current.kind === "copy" ? current : undefined;
  };
  const finished = () => {
    const current = status();
    return current.kind === "done" ? current : undefined;
  };

  const progressText = (progress: ManyProgress | null) => {
    if (!progress) return t("progress", { ready: 0, total: "…" });
    if (progress.waitingUntil) {
      return t("rateLimited", { seconds: Math.max(1, Math.ceil((progress.waitingUntil - now()) / 1000)) });
    }
    const done = progress.ready + progress.failed;
    if (progress.preparing > 0 && done + progress.preparing === progress.total && done > 0) {
      return t("preparing", { count: progress.preparing });
    }
    return t("progress", { ready: done, total: progress.total });
  };

  return (
    <div class={`export ${props.class ?? ""}`}>
      <div class="export-buttons">
        <Show when={props.copyButton}>
          <button type="button" disabled={status().kind === "working"} onClick={() => void run("text")}>
            {t("format_text")}
          </button>
        </Show>
        <ActionMenu
          label={props.menuLabel ?? t("exportLabel", { name: props.name })}
          class="export-button"
          items={[
            ...(props.extraItems ?? []),
            ...EXPORT_FORMATS.filter((format) => !(props.copyButton && format === "text")).map((format) => ({
              label: t(`format_${format}`),
              disabled: status().kind === "working",
              onSelect: () => void run(format),
            })),
          ]}
        >
          {props.menuButton ?? (
            <>
              {t("export")} <span aria-hidden="true">▾</span>
            </>
          )}
        </ActionMenu>
      </div>
      <div class="export-status" role="status">
        <Show when={working()}>
          {(current) => (
            <>
              <span>{progressText(current().progress)}</span>
              <button type="button" class="link-button" onClick={() => running?.abort()}>
                {t("cancel")}
              </button>
            </>
          )}
        </Show>
        <Show when={copying()}>
          {(copy) => (
            <>
              <span>{t("copyNow")}</span>
              <button type="button" class="primary" onClick={() => void copyNow(copy().text, copy().count)}>
                {t("copy")}
              </button>
            </>
          )}
        </Show>
        <Show when={finished()}>{(done) => <span class={done().error ? "error" : "muted"}>{done().text}</span>}</Show>
      </div>
    </div>
  );
}

/** Hands a text file to the browser's downloads. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
