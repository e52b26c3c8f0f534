// The notification settings of Settings: this device's "Notify me when a magnet is done" (the
// browser's permission is asked only when it is turned on) with plain words when the browser or
// the system refuses, and the account's optional webhook (ntfy, Discord, any JSON service).
import { createResource, createSignal, type JSX, onMount, Show } from "solid-js";
import type { WebhookState } from "../../protocol/push";
import { appApi } from "../api/app-api";
import { ErrorLine } from "../app/ErrorLine";
import { apikey } from "../session/session";
import { notificationsOn, type PushProblem, PushRefused, pushKey, pushSupported, turnOff, turnOn } from "./device-push";
import "./notifications.css";
import { t } from "./strings";

export function NotificationSettings(): JSX.Element {
  const [key] = createResource(() => pushKey().catch(() => undefined));
  return (
    <fieldset class="card notification-settings">
      <legend>{t("legend")}</legend>
      <Show when={key() !== null} fallback={<p class="muted">{t("unavailable")}</p>}>
        <DeviceToggle />
        <Webhook />
      </Show>
    </fieldset>
  );
}

function DeviceToggle(): JSX.Element {
  const [on, setOn] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<PushProblem | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  onMount(async () => setOn(await notificationsOn()));

  async function change(wanted: boolean): Promise<void> {
    const key = apikey();
    if (!key) return;
    setBusy(true);
    setProblem(null);
    setError(null);
    // The box shows what was asked while it is done, so that a failure unticks it again.
    setOn(wanted);
    try {
      if (wanted) await turnOn(key);
      else await turnOff(key);
    } catch (caught) {
      if (caught instanceof PushRefused) setProblem(caught.problem);
      else setError(caught);
      setOn(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <label class="choice">
        <input
          type="checkbox"
          checked={on()}
          disabled={busy() || !pushSupported()}
          aria-describedby="notify-hint"
          onChange={(event) => void change(event.currentTarget.checked)}
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
  const [url, setUrl] = createSignal("");
  const [saved, setSaved] = createSignal<string | null>(null);
  const [note, setNote] = createSignal<"saved" | "removed" | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  onMount(async () => {
    const key = apikey();
    if (!key) return;
    const state = await appApi<WebhookState>("/api/push/webhook", { apikey: key }).catch(() => null);
    setSaved(state?.url ?? null);
    setUrl(state?.url ?? "");
  });

  async function send(next: string | null): Promise<void> {
    setError(null);
    setNote(null);
    try {
      const json = next === null ? undefined : { url: next };
      const state = await appApi<WebhookState>("/api/push/webhook", {
        method: next === null ? "DELETE" : "POST",
        apikey: apikey(),
        json,
      });
      setSaved(state.url);
      setUrl(state.url ?? "");
      setNote(state.url ? "saved" : "removed");
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
