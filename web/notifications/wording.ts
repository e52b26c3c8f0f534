// What a notification says about magnets that finished, or magnets waiting in the line that can
// be sent now, in English or French, from the push's language-neutral payload. Pure (no DOM, no
// signals): the service worker words its notifications with it, and the unit tests read it in
// both languages.
import type { LineCanMovePush, PushPayload } from "../../protocol/push";

export type NotificationLang = "en" | "fr";

export interface NotificationText {
  title: string;
  body: string;
  /** The "Copy links" action's label, for a single Ready magnet; null otherwise. */
  copyLinks: string | null;
}

const WORDS = {
  en: {
    oneReady: "Magnet ready",
    oneFailed: "Magnet failed",
    ready: (n: number) => `${n} ${plural("en", n, "magnet", "magnets")} ready`,
    failed: (n: number) => `${n} failed`,
    copyLinks: "Copy links",
    lineTitle: "AllDebrid has room again",
    lineBody: (n: number) =>
      `${n} ${plural("en", n, "magnet is", "magnets are")} waiting: open Debrid to send ${n === 1 ? "it" : "them"}`,
  },
  fr: {
    oneReady: "Magnet prêt",
    oneFailed: "Échec du magnet",
    ready: (n: number) => `${n} ${plural("fr", n, "magnet prêt", "magnets prêts")}`,
    failed: (n: number) => `${n} en échec`,
    copyLinks: "Copier les liens",
    lineTitle: "AllDebrid a de nouveau de la place",
    lineBody: (n: number) =>
      `${n} ${plural("fr", n, "magnet attend", "magnets attendent")} : ouvrez Debrid pour ${n === 1 ? "l'envoyer" : "les envoyer"}`,
  },
} as const;

function plural(lang: NotificationLang, count: number, one: string, other: string): string {
  return new Intl.PluralRules(lang).select(count) === "one" ? one : other;
}

/** Names shown in full up to this many. */
const NAMES_SHOWN = 3;

export function notificationText(payload: PushPayload, lang: NotificationLang): NotificationText {
  if (payload.kind === "line-can-move") return lineText(payload, lang);
  const words = WORDS[lang];
  const total = payload.ready + payload.failed;
  const names = payload.magnets.map((magnet) => magnet.name);
  if (total === 1 && names.length === 1) {
    const ready = payload.ready === 1;
    return {
      title: ready ? words.oneReady : words.oneFailed,
      body: names[0] ?? "",
      copyLinks: ready ? words.copyLinks : null,
    };
  }
  const counts = [
    payload.ready > 0 ? words.ready(payload.ready) : "",
    payload.failed > 0 ? words.failed(payload.failed) : "",
  ];
  const shown = names.slice(0, NAMES_SHOWN).join(", ");
  const more = total > NAMES_SHOWN ? "…" : "";
  return { title: counts.filter(Boolean).join(", "), body: `${shown}${more}`, copyLinks: null };
}

function lineText(payload: LineCanMovePush, lang: NotificationLang): NotificationText {
  const words = WORDS[lang];
  return { title: words.lineTitle, body: words.lineBody(payload.waiting), copyLinks: null };
}

/** Where tapping the notification (or its action) opens the app: on the magnet when there is one. */
export function notificationTarget(payload: PushPayload, action: string): string {
  if (payload.kind !== "magnets-done") return "/";
  const first = payload.magnets[0];
  if (!first || payload.ready + payload.failed > 1) return "/";
  return action === "copy-links" ? `/?magnet=${first.id}&copy=links` : `/?magnet=${first.id}`;
}
