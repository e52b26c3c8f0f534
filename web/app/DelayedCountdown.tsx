// How long until a delayed link is ready, the same on every screen (Links, Share, a magnet's
// files): "Ready in about 0:42", ticking; "Any moment now…" once the time AllDebrid gave has
// passed (never a 0:00 that sits there); "Waiting for the host…" while no time is known.
import { createSignal, type JSX, onCleanup } from "solid-js";
import { defineStrings } from "../i18n";
import { formatCountdown } from "../i18n/format";

const t = defineStrings({
  en: {
    readyIn: "Ready in about {time}",
    anyMoment: "Any moment now…",
    waiting: "Waiting for the host…",
  },
  fr: {
    readyIn: "Prêt dans environ {time}",
    anyMoment: "D'un instant à l'autre…",
    waiting: "En attente de l'hébergeur…",
  },
});

/** The words for a delayed link expected at `readyAt` (ms), seen at `now`. */
export function countdownText(readyAt: number | undefined, now: number): string {
  if (readyAt === undefined) return t("waiting");
  const seconds = (readyAt - now) / 1000;
  return seconds >= 1 ? t("readyIn", { time: formatCountdown(seconds) }) : t("anyMoment");
}

export function DelayedCountdown(props: { readyAt: number | undefined; class?: string }): JSX.Element {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(timer));
  // Not a live region: it changes every second. The step's own text says what is going on.
  return <span class={`countdown ${props.class ?? ""}`}>{countdownText(props.readyAt, now())}</span>;
}
