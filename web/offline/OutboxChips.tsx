// The header's outbox chips: how many actions wait to be sent, and how many were not; each a link
// to the outbox itself.
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { defineStrings } from "../i18n";
import { outboxEntries } from "./outbox";

const t = defineStrings({
  en: { waiting: "{n} waiting to send", failed: "{n} not sent" },
  fr: { waiting: "{n} en attente", failed: "{n} non {n:envoyé|envoyés}" },
});

export function OutboxChips(): JSX.Element {
  const waiting = () => outboxEntries().filter((e) => e.state === "queued" || e.state === "sending").length;
  const failed = () => outboxEntries().filter((e) => e.state === "failed").length;
  return (
    <>
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
    </>
  );
}
