// Numbers a person reads on the magnets screen: sizes, speeds and remaining time. Pure
// functions of a value and a language, so they are easy to test.
import type { Lang } from "../i18n";

const UNITS = {
  en: ["B", "KB", "MB", "GB", "TB"],
  fr: ["o", "Ko", "Mo", "Go", "To"],
} as const;

const numberFormats = new Map<string, Intl.NumberFormat>();

function decimal(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
}

/** 1536 -> "1.5 KB" (binary steps, as download clients show them). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = UNITS[lang];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${decimal(lang, digits).format(value)}\u00a0${units[unit]}`;
}

export function formatSpeed(bytesPerSecond: number, lang: Lang): string {
  return `${formatBytes(bytesPerSecond, lang)}/s`;
}

/** Seconds left -> "42 s", "3 min", "1 h 05", "2 d 4 h". */
export function formatDuration(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.round(seconds));
  const day = lang === "fr" ? "j" : "d";
  if (s < 60) return `${s}\u00a0s`;
  if (s < 3600) return `${Math.round(s / 60)}\u00a0min`;
  if (s < 86_400) {
    const hours = Math.floor(s / 3600);
    const minutes = Math.floor((s % 3600) / 60);
    return `${hours}\u00a0h\u00a0${String(minutes).padStart(2, "0")}`;
  }
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3600);
  return hours ? `${days}\u00a0${day} ${hours}\u00a0h` : `${days}\u00a0${day}`;
}
