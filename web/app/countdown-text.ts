// The words of a delayed link's countdown: "Ready in about 0:42"; "Any moment now…" once the time
// AllDebrid gave has passed (never a 0:00 that sits there); "Waiting for the host…" while no time
// is known. Pure, so the tests read it as the screens do.
import { defineStrings } from "../i18n";
import { formatCountdown } from "../i18n/countdown";

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
