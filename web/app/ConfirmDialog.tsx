// A modal yes/no question in a native <dialog>, for every screen: focus moves into it, Escape
// or Cancel closes it without acting; the confirm button acts, then closes it.
import { createEffect, createUniqueId, type JSX, Show } from "solid-js";
import { defineStrings } from "../i18n";

const t = defineStrings({
  en: { cancel: "Cancel" },
  fr: { cancel: "Annuler" },
});

export interface Confirmation {
  title: string;
  text?: string;
  confirm: string;
  /** Destructive actions (delete, purge, clear): the confirm button is filled red. */
  danger?: boolean;
  onConfirm: () => void;
}

export function ConfirmDialog(props: { ask: Confirmation | null; onClose: () => void }): JSX.Element {
  let dialog: HTMLDialogElement | undefined;
  // Unique so two screens' dialogs (or two tabs' on one screen) never share an id.
  const titleId = createUniqueId();
  const textId = createUniqueId();
  createEffect(() => {
    if (!dialog) return;
    if (props.ask && !dialog.open) dialog.showModal();
    else if (!props.ask && dialog.open) dialog.close();
  });
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={props.ask?.text ? textId : undefined}
      onClose={() => props.onClose()}
      onCancel={() => props.onClose()}
    >
      <Show when={props.ask}>
        {(ask) => (
          <form
            method="dialog"
            onSubmit={(event) => {
              event.preventDefault();
              ask().onConfirm();
              props.onClose();
            }}
          >
            <h2 id={titleId}>{ask().title}</h2>
            <Show when={ask().text}>
              <p id={textId} class="muted">
                {ask().text}
              </p>
            </Show>
            <div class="dialog-actions">
              <button type="button" onClick={() => props.onClose()}>
                {t("cancel")}
              </button>
              <button type="submit" class={ask().danger ? "primary danger-fill" : "primary"}>
                {ask().confirm}
              </button>
            </div>
          </form>
        )}
      </Show>
    </dialog>
  );
}
