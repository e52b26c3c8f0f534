// The small question after an add: "Get a notification when your magnets are done?". Shown only
// where it can work (a browser that can, a deployment that sends them, permission not blocked,
// not on yet) and only until it is answered: "Turn on" asks the browser's permission there and
// then, "No thanks" is kept on the device so it is never asked again.
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { getSetting, setSetting } from "../offline/db";
import { apikey } from "../session/session";
import { notificationsOn, type PushProblem, PushRefused, pushKey, pushSupported, turnOn } from "./device-push";
import { t } from "./strings";

const ANSWERED = "notificationPromptAnswered";

async function worthAsking(): Promise<boolean> {
  if (!pushSupported() || Notification.permission === "denied") return false;
  if ((await getSetting<boolean>(ANSWERED)) || (await notificationsOn())) return false;
  return (await pushKey().catch(() => null)) !== null;
}

/** Placed where adds happen; `show` once something was added. Whether to ask is known before that. */
export function NotificationPrompt(props: { show: boolean }): JSX.Element {
  const [ask] = createResource(worthAsking);
  const [answered, setAnswered] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<PushProblem | null>(null);

  async function answer(yes: boolean): Promise<void> {
    const key = apikey();
    if (yes && key) {
      setBusy(true);
      try {
        await turnOn(key);
      } catch (error) {
        // The plain words of Settings; the toggle there stays the way to try again.
        setProblem(error instanceof PushRefused ? error.problem : "failed");
        return;
      } finally {
        setBusy(false);
      }
    }
    await setSetting(ANSWERED, true);
    setAnswered(true);
  }

  return (
    <Show when={props.show && ask() && !answered()}>
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
