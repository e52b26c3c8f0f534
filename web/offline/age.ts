// How old a piece of saved state is, in words: "just now", "5 min ago", "3 h ago", "2 days ago".
import type { Lang } from "../i18n";

const WORDS = {
  en: { now: "just now", min: "{n} min ago", hour: "{n} h ago", day: "{n} day ago", days: "{n} days ago" },
  fr: {
    now: "à l'instant",
    min: "il y a {n} min",
    hour: "il y a {n} h",
    day: "il y a {n} jour",
    days: "il y a {n} jours",
  },
};

export function describeAge(ageMs: number, lang: Lang): string {
  const words = WORDS[lang];
  const minutes = Math.floor(Math.max(0, ageMs) / 60_000);
  const say = (template: string, n: number) => template.replace("{n}", String(n));
  if (minutes < 1) return words.now;
  if (minutes < 60) return say(words.min, minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return say(words.hour, hours);
  const days = Math.floor(hours / 24);
  return say(days === 1 ? words.day : words.days, days);
}
