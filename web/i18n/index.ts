// English and French strings. Each feature declares its own strings next to its code with
// defineStrings(); the language follows the account's `lang` until the user picks one.
import { createSignal } from "solid-js";

export type Lang = "en" | "fr";

const [lang, setLangSignal] = createSignal<Lang>(initialLang());

/**
 * /boot.js has set <html lang> before the first paint (from the user's choice, else the
 * browser's language): the app starts in that language. Without a page (unit tests): English.
 */
function initialLang(): Lang {
  return globalThis.document?.documentElement.lang === "fr" ? "fr" : "en";
}

export { lang };

function apply(next: Lang): void {
  document.documentElement.lang = next;
  setLangSignal(next);
}

/** Chosen by the user: remembered on this device. */
export function setLang(next: Lang): void {
  globalThis.localStorage?.setItem("lang", next);
  apply(next);
}

/** From the account's `lang`, unless the user chose one on this device. */
export function followAccountLang(accountLang: string | undefined): void {
  if (globalThis.localStorage?.getItem("lang")) return;
  apply(accountLang === "fr" ? "fr" : "en");
}

type Dictionary = Record<string, string>;

/** Made once per language, when first needed: making plural rules costs more than a whole sentence. */
const plurals: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * `const t = defineStrings({ en: { hello: "Hello {name}" }, fr: { hello: "Bonjour {name}" } })`
 * then `t("hello", { name })`: reactive to the language, type-checked keys, French required.
 * `{count:link|links}` picks the singular or plural word for the number in `count`. A third
 * argument asks for another language than the app's (tests, mostly).
 */
export function defineStrings<const E extends Dictionary>(dictionaries: { en: E; fr: Record<keyof E, string> }) {
  return (key: keyof E & string, values?: Record<string, string | number>, language: Lang = lang()): string => {
    const template = frenchSpacing(dictionaries[language][key] ?? dictionaries.en[key] ?? key, language);
    if (!values) return template;
    return template.replace(/\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g, (_, name: string, one?: string, other?: string) => {
      if (one === undefined || other === undefined) return String(values[name] ?? `{${name}}`);
      // French counts 0 and 1 as singular, English only 1: the language's own rule picks.
      plurals[language] ??= new Intl.PluralRules(language);
      return plurals[language].select(Number(values[name])) === "one" ? one : other;
    });
  };
}

/** French puts a space before : ; ? ! — a non-breaking one, so the mark never starts a line. */
function frenchSpacing(template: string, language: Lang): string {
  return language === "fr" ? template.replace(/ ([:;?!])/g, "\u00a0$1") : template;
}
