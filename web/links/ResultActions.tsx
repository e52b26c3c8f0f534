// What a person does with a download link: play it (video and audio, in the player they picked),
// open it, copy it, share it (Web Share API when the browser has it) or save the original link
// to the account. The Save button itself says "Saved" once done: the note is for the rest.
import { createSignal, Show } from "solid-js";
import { mediaKind } from "../../protocol/media/media-kind";
import { LinkAddress } from "../app/LinkAddress";
import { errorText } from "../i18n/errors";
import { PlayButton } from "../play/PlayButton";
import { useLinks } from "./context";
import type { LinkItem, UnlockedFile } from "./items";
import { t } from "./strings";

export function ResultActions(props: { item: LinkItem; result: UnlockedFile }) {
  const [, actions] = useLinks();
  const [note, setNote] = createSignal<{ text: string; error?: boolean } | null>(null);
  const [saving, setSaving] = createSignal(false);
  const canShare = typeof navigator.share === "function";
  const name = () => props.result.filename || props.item.name || props.item.link;

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
    setNote(null);
    try {
      if ((await actions.saveLink(props.item.key)) === "queued") setNote({ text: t("savedQueued") });
    } catch (error) {
      setNote({ text: errorText(error), error: true });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div class="link-result">
      <p class="link-url">
        <LinkAddress address={props.result.link} />
      </p>
      <div class="link-actions">
        <PlayButton name={name()} link={props.result.link} />
        <a
          class={mediaKind(name()) ? "button" : "button primary"}
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
        <button
          type="button"
          disabled={props.item.saved || props.item.saveQueued || saving()}
          onClick={() => void save()}
        >
          {props.item.saved ? t("saved") : t("save")}
        </button>
      </div>
      <p role="status" class={note()?.error ? "error" : "muted"}>
        {note()?.text ?? (props.item.saveQueued && !props.item.saved ? t("savedQueued") : "")}
      </p>
    </div>
  );
}
