// Turns any error the app meets into a sentence a person understands, in their language.
// AllDebrid error codes get their own text; unknown codes fall back to the upstream's message.
import { AllDebridError, ERROR_MESSAGES, isErrorCode } from "../../protocol/alldebrid";
import { ERROR_TEXT_FR } from "./errors-fr";
import { lang } from "./index";

export function errorText(error: unknown): string {
  if (error instanceof AllDebridError) return codeText(error.code, error.message);
  if (error instanceof TypeError) return lang() === "fr" ? "Pas de connexion au réseau." : "No network connection.";
  return lang() === "fr" ? "Une erreur inattendue s'est produite." : "Something unexpected went wrong.";
}

export function codeText(code: string, fallback?: string): string {
  if (lang() === "fr") {
    const french = ERROR_TEXT_FR[code];
    if (french) return french;
  }
  if (isErrorCode(code)) return ERROR_MESSAGES[code];
  return fallback ?? code;
}
