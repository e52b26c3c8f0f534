// The "Add magnets" panel: magnet links or hashes (one per line; Ctrl/Cmd+Enter adds) and
// .torrent files, each with its own outcome (added, ready, queued while offline then sent, or why
// it was refused); after an add, the question whether to be told when magnets are done (once per
// device).
import { createEffect, createSignal, For, type JSX, Show } from "solid-js";
import { MakeRoom } from "../caps/MakeRoom";
import { NotificationPrompt } from "../notifications/NotificationPrompt";
import { outboxEntries } from "../offline/outbox";
import { isTorrentFile, parseMagnetInput } from "./add-input";
import { type AddOutcome, outcomeOf } from "./add-outcome";
import { useMagnets } from "./context";
import { queuedAddState } from "./pending-adds";
import { t } from "./strings";

export { type AddOutcome, outcomeOf } from "./add-outcome";

/** Splits picked or dropped files into .torrent files and refusals. */
export async function torrentsAmong(files: File[]): Promise<{ torrents: File[]; refused: AddOutcome[] }> {
  const torrents: File[] = [];
  const refused: AddOutcome[] = [];
  for (const file of files) {
    if (await isTorrentFile(file)) torrents.push(file);
    else refused.push({ key: file.name, input: file.name, text: t("notTorrent"), ok: false });
  }
  return { torrents, refused };
}

/** An outcome's words; a queued add's follow its outbox entry (null: it left the outbox, say nothing). */
function queuedText(outcome: AddOutcome): string | null {
  if (outcome.entry === undefined) return outcome.text;
  switch (queuedAddState(outboxEntries(), outcome.entry)) {
    case "queued":
      return outcome.text;
    case "sending":
      return t("pendingSending");
    case "sent":
      return t("queuedSent");
    case "failed":
      return t("queuedFailed");
    case "gone":
      return null;
  }
}

export function AddMagnets(props: {
  open: boolean;
  onClose: () => void;
  outcomes: AddOutcome[];
  setOutcomes: (outcomes: AddOutcome[]) => void;
}): JSX.Element {
  const [, actions] = useMagnets();
  const [text, setText] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  let field: HTMLTextAreaElement | undefined;
  let picker: HTMLInputElement | undefined;

  createEffect(() => {
    if (props.open) queueMicrotask(() => field?.focus());
  });

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { magnets, invalid } = parseMagnetInput(text());
    const refused = invalid.map((input) => ({ key: input, input, text: t("notMagnet"), ok: false }));
    if (magnets.length === 0) {
      props.setOutcomes(refused.length ? refused : [{ key: "", input: "", text: t("nothingToAdd"), ok: false }]);
      return;
    }
    setBusy(true);
    try {
      const results = (await actions.addMagnets(magnets)).map(outcomeOf);
      props.setOutcomes([...results, ...refused]);
      // Keep only what needs another look: the lines that were refused.
      setText([...results.filter((r) => !r.ok), ...refused].map((r) => r.input).join("\n"));
    } finally {
      setBusy(false);
    }
  }

  async function pickFiles(files: FileList | null): Promise<void> {
    if (!files?.length) return;
    const { torrents, refused } = await torrentsAmong([...files]);
    setBusy(true);
    try {
      const results = torrents.length ? (await actions.addTorrentFiles(torrents)).map(outcomeOf) : [];
      props.setOutcomes([...results, ...refused]);
    } finally {
      setBusy(false);
      if (picker) picker.value = "";
    }
  }

  return (
    <Show when={props.open}>
      <section class="add-magnets card" aria-labelledby="add-title">
        <div class="add-head">
          <h2 id="add-title">{t("addTitle")}</h2>
          <button type="button" onClick={() => props.onClose()}>
            {t("addClose")}
          </button>
        </div>
        <form onSubmit={(event) => void submit(event)}>
          <label for="add-magnets-text">{t("addLabel")}</label>
          <textarea
            id="add-magnets-text"
            ref={field}
            rows={3}
            value={text()}
            onInput={(event) => setText(event.currentTarget.value)}
            placeholder="magnet:?xt=urn:btih:…"
            spellcheck={false}
            autocapitalize="off"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            onKeyDown={(event) => {
              // Enter starts a new line; Ctrl/Cmd+Enter adds, as on the Links screen.
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <div class="add-buttons">
            <button type="submit" class="primary" disabled={busy()}>
              {busy() ? t("adding") : t("addSubmit")}
            </button>
            <label class="button file-button">
              {t("addFiles")}
              <input
                ref={picker}
                type="file"
                accept=".torrent,application/x-bittorrent"
                multiple
                class="visually-hidden"
                onChange={(event) => void pickFiles(event.currentTarget.files)}
              />
            </label>
          </div>
        </form>
        <Show when={props.outcomes.length}>
          <ul class="add-outcomes" aria-live="polite">
            <For each={props.outcomes}>
              {(outcome) => (
                <Show when={queuedText(outcome) !== null}>
                  <li class={outcome.ok ? "ok" : "error"}>
                    <Show when={outcome.input}>
                      <span class="add-input">{outcome.input}</span>{" "}
                    </Show>
                    <span>{queuedText(outcome)}</span>
                  </li>
                </Show>
              )}
            </For>
          </ul>
        </Show>
        <MakeRoom outcomes={props.outcomes} setOutcomes={props.setOutcomes} />
        <NotificationPrompt show={props.outcomes.some((outcome) => outcome.ok)} />
      </section>
    </Show>
  );
}
