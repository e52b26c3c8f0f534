// The notification settings of Settings: this device's "Notify me when a magnet is done" (the
// browser's permission is asked only when it is turned on) with plain words when the browser or
// the system refuses, and the account's optional webhook (ntfy, Discord, any JSON service).
import { createSignal, type JSX, onMount, Show } from "solid-js";
import { ErrorLine } from "../app/ErrorLine";
import { useNotifications } from "./context";
import { type PushProblem, PushRefused, pushSupported } from "./device-push";
import "./notifications.css";
import { t } from "./strings";

export function NotificationSettings(): JSX.Element {
  const [notifications] = useNotifications();
  return (
    <fieldset class="card notification-settings">
      <legend>{t("legend")}</legend>
      <Show when={notifications.offered !== false} fallback={<p class="muted">{t("unavailable")}</p>}>
        <DeviceToggle />
        <Webhook />
      </Show>
    </fieldset>
  );
}

function DeviceToggle(): JSX.Element {
  const [notifications, actions] = useNotifications();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<PushProblem | null>(null);
  const [error, setError] = createSignal<unknown>(null);

  async function change(wanted: boolean): Promise<void> {
    setBusy(true);
    setProblem(null);
    setError(null);
    try {
      await actions.switchOn(wanted);
    } catch (caught) {
      if (caught instanceof PushRefused) setProblem(caught.problem);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <label class="choice">
        <input
          type="checkbox"
          checked={notifications.on}
          disabled={busy() || !pushSupported()}
          aria-describedby="notify-hint"
          onChange={(event) => {
            const box = event.currentTarget;
            // Once done the box shows what holds: a failure unticks it even when `on` never changed.
            void change(box.checked).finally(() => {
              box.checked = notifications.on;
            });
          }}
        />
        {t("toggle")}
      </label>
      <p id="notify-hint" class="muted">
        {busy() ? t("busy") : t("toggleHint")}
      </p>
      <Show when={!pushSupported() ? "unsupported" : problem()}>
        {(which) => (
          <p class="error" role="alert">
            {t(which())}
          </p>
        )}
      </Show>
      <ErrorLine error={error()} />
    </>
  );
}

function Webhook(): JSX.Element {
  const [notifications, actions] = useNotifications();
  const [url, setUrl] = createSignal("");
  const [note, setNote] = createSignal<"saved" | "removed" | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const saved = () => notifications.webhook ?? null;
  onMount(async () => {
    await actions.loadWebhook();
    setUrl(saved() ?? "");
  });

  async function send(next: string | null): Promise<void> {
    setError(null);
    setNote(null);
    try {
      setNote(await actions.setWebhook(next));
      setUrl(saved() ?? "");
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form
      class="webhook"
      onSubmit={(event) => {
        event.preventDefault();
        if (url().trim()) void send(url().trim());
      }}
    >
      <p class="muted">{t("webhookHint")}</p>
      <label for="webhook-url">{t("webhookLabel")}</label>
      <input
        id="webhook-url"
        type="url"
        inputmode="url"
        placeholder="https://ntfy.sh/…"
        value={url()}
        onInput={(event) => setUrl(event.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" disabled={!url().trim() || url().trim() === saved()}>
          {t("save")}
        </button>
        <Show when={saved()}>
          <button type="button" onClick={() => void send(null)}>
            {t("remove")}
          </button>
        </Show>
      </div>
      <Show when={note()}>{(which) => <p role="status">{t(which())}</p>}</Show>
      <ErrorLine error={error()} />
    </form>
  );
}
