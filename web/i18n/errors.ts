// Turns any error the app meets into a sentence a person understands, in their language.
// Every known code has its own text (errors-en.ts, errors-fr.ts); an unknown code falls back to
// the upstream's own message.
import { AllDebridError, isErrorCode } from "../../protocol/alldebrid";
import { ERROR_TEXT_EN } from "./errors-en";
import { ERROR_TEXT_FR } from "./errors-fr";
import { type Lang, lang } from "./index";

/** The app's own code for a delayed link the host could not prepare (web/alldebrid/delayed.ts). */
export const DELAYED_FAILED = "DELAYED_FAILED";

const OTHER = {
  en: {
    offline: "No network connection.",
    unexpected: "Something unexpected went wrong.",
    delayedFailed: "The host could not prepare this file.",
  },
  fr: {
    offline: "Pas de connexion au réseau.",
    unexpected: "Une erreur inattendue s'est produite.",
    delayedFailed: "L'hébergeur n'a pas pu préparer ce fichier.",
  },
};

export function errorText(error: unknown, language: Lang = lang()): string {
  if (error instanceof AllDebridError) return codeText(error.code, error.message, language);
  // fetch() rejects with a TypeError when the network is down.
  if (error instanceof TypeError) return OTHER[language].offline;
  return OTHER[language].unexpected;
}

export function codeText(code: string, fallback?: string, language: Lang = lang()): string {
  if (code === DELAYED_FAILED) return OTHER[language].delayedFailed;
  if (isErrorCode(code)) return (language === "fr" ? ERROR_TEXT_FR : ERROR_TEXT_EN)[code];
  return fallback ?? code;
}
