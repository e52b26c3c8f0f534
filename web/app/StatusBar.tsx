// The header's status: "Offline" while the device is offline, and how many actions wait in
// the outbox (a link to the outbox itself).
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { defineStrings } from "../i18n";
import { online } from "../offline/online";
import { outboxEntries } from "../offline/outbox";

const t = defineStrings({
  en: { offline: "Offline", waiting: "{n} waiting to send", failed: "{n} not sent" },
  fr: { offline: "Hors ligne", waiting: "{n} en attente", failed: "{n} non {n:envoyé|envoyés}" },
});

export function StatusBar() {
  const waiting = () => outboxEntries().filter((e) => e.state === "queued" || e.state === "sending").length;
  const failed = () => outboxEntries().filter((e) => e.state === "failed").length;
  return (
    <div class="status" role="status">
      <Show when={!online()}>
        <span class="chip chip-offline" data-testid="offline-indicator">
          {t("offline")}
        </span>
      </Show>
      <Show when={waiting() > 0}>
        <A class="chip" href="/settings/outbox">
          {t("waiting", { n: waiting() })}
        </A>
      </Show>
      <Show when={failed() > 0}>
        <A class="chip chip-failed" href="/settings/outbox">
          {t("failed", { n: failed() })}
        </A>
      </Show>
    </div>
  );
}
