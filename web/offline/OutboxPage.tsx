// The outbox as a list: each action taken offline with its state (queued, sending, sent,
// failed with the reason), and retry / remove: the outbox screen (/settings/outbox).
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { defineStrings } from "../i18n";
import { codeText } from "../i18n/errors";
import { clearOutbox, outboxEntries, removeEntry, retryEntry } from "./outbox";
import { describeEntry } from "./outbox-text";
import type { OutboxEntry } from "./schema";
import "./offline.css";

const t = defineStrings({
  en: {
    title: "Outbox",
    intro: "Actions taken offline are sent in order, once, when you are back online.",
    empty: "Nothing waiting to be sent.",
    queued: "Waiting",
    sending: "Sending…",
    sent: "Sent",
    failed: "Failed",
    interrupted: "The app closed while sending this: it may or may not have arrived. Retry if it did not.",
    retry: "Retry",
    remove: "Remove",
    clear: "Clear sent",
    retryNamed: "Retry {label}",
    removeNamed: "Remove {label}",
    back: "Settings",
  },
  fr: {
    title: "Boîte d'envoi",
    intro: "Les actions faites hors ligne sont envoyées dans l'ordre, une seule fois, dès le retour du réseau.",
    empty: "Rien en attente d'envoi.",
    queued: "En attente",
    sending: "Envoi…",
    sent: "Envoyé",
    failed: "Échec",
    interrupted:
      "L'app s'est fermée pendant l'envoi : il est peut-être arrivé, ou non. Réessayez s'il n'est pas arrivé.",
    retry: "Réessayer",
    remove: "Retirer",
    clear: "Effacer les envoyés",
    retryNamed: "Réessayer {label}",
    removeNamed: "Retirer {label}",
    back: "Réglages",
  },
});

function reason(entry: OutboxEntry): string {
  if (!entry.error) return "";
  return entry.error === "INTERRUPTED" ? t("interrupted") : codeText(entry.error);
}

/** The outbox's own screen (/settings/outbox), where the header's "N waiting to send" leads. */
export default function OutboxPage() {
  return (
    <div class="outbox-page">
      <A href="/settings" class="back-link">
        {t("back")}
      </A>
      <OutboxList />
    </div>
  );
}

function OutboxList() {
  return (
    <section class="outbox" aria-labelledby="outbox-heading">
      <h1 id="outbox-heading">{t("title")}</h1>
      <p class="muted">{t("intro")}</p>
      <Show when={outboxEntries().length > 0} fallback={<p>{t("empty")}</p>}>
        <ul class="outbox-list">
          <For each={outboxEntries()}>
            {(entry) => (
              <li class="outbox-entry" data-state={entry.state} data-testid="outbox-entry">
                <div class="outbox-text">
                  <span class="outbox-label">{describeEntry(entry)}</span>
                  <span class={`outbox-state state-${entry.state}`}>{t(entry.state)}</span>
                  <Show when={entry.state === "failed" && reason(entry)}>
                    <span class="error">{reason(entry)}</span>
                  </Show>
                </div>
                <div class="row">
                  <Show when={entry.state === "failed"}>
                    <button
                      type="button"
                      aria-label={t("retryNamed", { label: describeEntry(entry) })}
                      onClick={() => void retryEntry(entry.id!)}
                    >
                      {t("retry")}
                    </button>
                  </Show>
                  <Show when={entry.state !== "sending"}>
                    <button
                      type="button"
                      aria-label={t("removeNamed", { label: describeEntry(entry) })}
                      onClick={() => void removeEntry(entry.id!)}
                    >
                      {t("remove")}
                    </button>
                  </Show>
                </div>
              </li>
            )}
          </For>
        </ul>
        <Show when={outboxEntries().some((e) => e.state === "sent")}>
          <button type="button" onClick={() => void clearOutbox()}>
            {t("clear")}
          </button>
        </Show>
      </Show>
    </section>
  );
}
