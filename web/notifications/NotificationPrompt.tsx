// The small question after an add: "Get a notification when your magnets are done?". Shown only
// where it can work (a browser that can, a deployment that sends them, permission not blocked,
// not on yet) and only until it is answered: "Turn on" asks the browser's permission there and
// then, "No thanks" is kept on the device so it is never asked again.
import { createSignal, type JSX, Show } from "solid-js";
import { useNotifications } from "./context";
import { type PushProblem, PushRefused } from "./device-push";
import { worthAsking } from "./notifications-store";
import { t } from "./strings";

/** Placed where adds happen; `show` once something was added. Whether to ask is known before that. */
export function NotificationPrompt(props: { show: boolean }): JSX.Element {
  const [notifications, actions] = useNotifications();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<PushProblem | null>(null);

  async function answer(yes: boolean): Promise<void> {
    setBusy(yes);
    try {
      await actions.answerPrompt(yes);
    } catch (error) {
      // The plain words of Settings; the toggle there stays the way to try again.
      setProblem(error instanceof PushRefused ? error.problem : "failed");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show when={props.show && worthAsking(notifications)}>
      <section class="notification-prompt" aria-labelledby="notification-prompt-text">
        <p id="notification-prompt-text">{t("prompt")}</p>
        <div class="prompt-actions">
          <button type="button" class="primary" disabled={busy()} onClick={() => void answer(true)}>
            {busy() ? t("busy") : t("promptYes")}
          </button>
          <button type="button" disabled={busy()} onClick={() => void answer(false)}>
            {t("promptNo")}
          </button>
        </div>
        <Show when={problem()}>
          {(which) => (
            <p class="error" role="alert">
              {t(which())}
            </p>
          )}
        </Show>
      </section>
    </Show>
  );
}
