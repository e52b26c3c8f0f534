// A modal yes/no question in a native <dialog>: focus moves into it, Escape cancels.
import { createEffect, type JSX, Show } from "solid-js";
import { t } from "./strings";

export interface Confirmation {
  title: string;
  text?: string;
  confirm: string;
  danger?: boolean;
  onConfirm: () => void;
}

export function ConfirmDialog(props: { ask: Confirmation | null; onClose: () => void }): JSX.Element {
  let dialog: HTMLDialogElement | undefined;
  createEffect(() => {
    if (!dialog) return;
    if (props.ask && !dialog.open) dialog.showModal();
    else if (!props.ask && dialog.open) dialog.close();
  });
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby="confirm-title"
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
            <h2 id="confirm-title">{ask().title}</h2>
            <Show when={ask().text}>
              <p class="muted">{ask().text}</p>
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
