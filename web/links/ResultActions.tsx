// What a person does with a download link: open it, copy it, share it (Web Share API when the
// browser has it) or save the original link to the account.
import { createSignal, Show } from "solid-js";
import { errorText } from "../i18n/errors";
import { useLinks } from "./context";
import type { LinkItem, UnlockedFile } from "./items";
import { t } from "./strings";

export function ResultActions(props: { item: LinkItem; result: UnlockedFile }) {
  const [, actions] = useLinks();
  const [note, setNote] = createSignal<{ text: string; error?: boolean } | null>(null);
  const [saving, setSaving] = createSignal(false);
  const canShare = typeof navigator.share === "function";

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(props.result.link);
      setNote({ text: t("copied") });
    } catch {
      setNote({ text: t("copyFailed"), error: true });
    }
  }

  async function share(): Promise<void> {
    try {
      await navigator.share({ title: props.result.filename, url: props.result.link });
    } catch (error) {
      // Closing the share sheet is not an error worth showing.
      if (!(error instanceof DOMException && error.name === "AbortError"))
        setNote({ text: errorText(error), error: true });
    }
  }

  async function save(): Promise<void> {
    setSaving(true);
    try {
      const outcome = await actions.saveLink(props.item.key);
      setNote({ text: outcome === "queued" ? t("savedQueued") : t("saved") });
    } catch (error) {
      setNote({ text: errorText(error), error: true });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div class="link-result">
      <a class="link-url" href={props.result.link} target="_blank" rel="noopener noreferrer">
        {props.result.link}
      </a>
      <div class="link-actions">
        <a
          class="button primary"
          href={props.result.link}
          target="_blank"
          rel="noopener noreferrer"
          download={props.result.filename || ""}
        >
          {t("open")}
        </a>
        <button type="button" onClick={() => void copy()}>
          {t("copy")}
        </button>
        <Show when={canShare}>
          <button type="button" onClick={() => void share()}>
            {t("share")}
          </button>
        </Show>
        <button type="button" disabled={props.item.saved || saving()} onClick={() => void save()}>
          {props.item.saved ? t("saved") : t("save")}
        </button>
      </div>
      <p role="status" class={note()?.error ? "error" : "muted"}>
        {note()?.text ?? ""}
      </p>
    </div>
  );
}
