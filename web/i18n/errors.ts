// Turns any error the app meets into a sentence a person understands, in their language.
// Every known code has its own text (errors-en.ts, errors-fr.ts); an unknown code falls back to
// the upstream's own message.
import { AllDebridError, isErrorCode } from "../../protocol/alldebrid";
import { ERROR_TEXT_EN } from "./errors-en";
import { ERROR_TEXT_FR } from "./errors-fr";
import { type Lang, lang } from "./index";

const OTHER = {
  en: { offline: "No network connection.", unexpected: "Something unexpected went wrong." },
  fr: { offline: "Pas de connexion au réseau.", unexpected: "Une erreur inattendue s'est produite." },
};

export function errorText(error: unknown, language: Lang = lang()): string {
  if (error instanceof AllDebridError) return codeText(error.code, error.message, language);
  // fetch() rejects with a TypeError when the network is down.
  if (error instanceof TypeError) return OTHER[language].offline;
  return OTHER[language].unexpected;
}

export function codeText(code: string, fallback?: string, language: Lang = lang()): string {
  if (isErrorCode(code)) return (language === "fr" ? ERROR_TEXT_FR : ERROR_TEXT_EN)[code];
  return fallback ?? code;
}
