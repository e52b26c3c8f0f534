// Turns any error the app meets into a sentence a person understands, in their language.
// Every known code has its own text (errors-en.ts, errors-fr.ts); an unknown code falls back to
// the upstream's own message. "Check your connection" only when this device reached no server;
// when the deployment answers that AllDebrid failed it (UPSTREAM_*), the words say that instead.
import { AllDebridError, isErrorCode } from "../../protocol/alldebrid";
import { ERROR_TEXT_EN } from "./errors-en";
import { ERROR_TEXT_FR } from "./errors-fr";
import { type Lang, lang } from "./index";

/** The app's own code for a delayed link the host could not prepare (web/alldebrid/delayed.ts). */
export const DELAYED_FAILED = "DELAYED_FAILED";

const OTHER = {
  en: {
    offline: "No network connection. Check your connection and try again.",
    unexpected: "Something unexpected went wrong.",
    delayedFailed: "The host could not prepare this file.",
  },
  fr: {
    offline: "Pas de connexion au réseau. Vérifiez votre connexion et réessayez.",
    unexpected: "Une erreur inattendue s'est produite.",
    delayedFailed: "L'hébergeur n'a pas pu préparer ce fichier.",
  },
};

export function errorText(error: unknown, language: Lang = lang()): string {
  // The client's word for a request that reached no server (fetch threw): this device is offline.
  // The same code with an HTTP status is the deployment saying AllDebrid did not answer it.
  if (error instanceof AllDebridError && error.code === "UPSTREAM_UNAVAILABLE" && error.status === 0) {
    return OTHER[language].offline;
  }
  if (error instanceof AllDebridError) return codeText(error.code, error.message, language);
  // fetch() rejects with a TypeError when the network is down.
  if (error instanceof TypeError) return OTHER[language].offline;
  return OTHER[language].unexpected;
}

/** AllDebrid no longer takes the key this device signed in with: only signing in again helps. */
export function needsSignIn(error: unknown): boolean {
  const code = error instanceof AllDebridError ? error.code : codeOf(error);
  return code === "AUTH_BAD_APIKEY" || code === "AUTH_MISSING_APIKEY";
}

/** The code of an error kept as plain data ({ code, message }, as stored items keep theirs). */
function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

export function codeText(code: string, fallback?: string, language: Lang = lang()): string {
  if (code === DELAYED_FAILED) return OTHER[language].delayedFailed;
  if (isErrorCode(code)) return (language === "fr" ? ERROR_TEXT_FR : ERROR_TEXT_EN)[code];
  return fallback ?? code;
}
