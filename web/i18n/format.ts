// Sizes and dates as a person reads them, in the app's language. Pure functions,
// shared by the Links, Saved, Account and Share screens.
import type { Lang } from "./index";

const UNITS = ["B", "KB", "MB", "GB", "TB"] as const;
const UNITS_FR = ["o", "Ko", "Mo", "Go", "To"] as const;

/** 1536 -> "1.5 KB" (French: "1,5 Ko"); nothing for an unknown (0 or missing) size. */
export function formatSize(bytes: number | undefined, lang: Lang = "en"): string {
  if (!bytes || bytes < 0) return "";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = value.toLocaleString(lang === "fr" ? "fr-FR" : "en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });
  return `${number} ${(lang === "fr" ? UNITS_FR : UNITS)[unit]}`;
}

/** Megabytes as AllDebrid counts quotas (traffic in MB) -> a readable size. */
export function formatMegabytes(megabytes: number, lang: Lang = "en"): string {
  if (megabytes === 0) return lang === "fr" ? "0 Mo" : "0 MB";
  return formatSize(megabytes * 1024 * 1024, lang);
}

/** A Unix timestamp in seconds -> a date in the app's language. */
export function formatDate(unixSeconds: number, lang: Lang = "en", withTime = false): string {
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: "medium", timeStyle: "short" }
    : { dateStyle: "medium" };
  return new Date(unixSeconds * 1000).toLocaleString(lang === "fr" ? "fr-FR" : "en-US", options);
}

const LOCALE = { en: "en-GB", fr: "fr-FR" } as const;

/** Making a date format costs far more than using one: a list of a thousand rows makes three. */
const SHORT_DATE_FORMATS = {
  time: { hour: "2-digit", minute: "2-digit" },
  day: { day: "numeric", month: "short" },
  year: { day: "numeric", month: "short", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function shortDateFormat(lang: Lang, kind: keyof typeof SHORT_DATE_FORMATS): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], SHORT_DATE_FORMATS[kind]);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A date as short as a list row can hold: the time for today ("14:05"), the day for this year
 * ("12 Mar", "12 mars"), the day and year before that ("12 Mar 2023").
 */
export function formatShortDate(unixSeconds: number, lang: Lang = "en", now = Date.now()): string {
  const date = new Date(unixSeconds * 1000);
  const today = new Date(now);
  const sameDay =
    date.getFullYear() === today.getFullYear() &&
    date.getMonth() === today.getMonth() &&
    date.getDate() === today.getDate();
  if (sameDay) return shortDateFormat(lang, "time").format(date);
  return shortDateFormat(lang, date.getFullYear() === today.getFullYear() ? "day" : "year").format(date);
}

/** A long address cut in the middle, so its host and its end (the file name) stay readable. */
export function middleEllipsis(text: string, max = 48): string {
  if (text.length <= max) return text;
  const tail = Math.floor((max - 1) * 0.4);
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`;
}
