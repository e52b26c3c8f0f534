// A magnet's status code as a short sentence in the user's language. AllDebrid's own `status`
// text is English only; codes it adds later fall back to that text.
import type { Lang } from "../i18n";

const STATUS_TEXT: Record<Lang, Record<number, string>> = {
  en: {
    0: "In queue",
    1: "Downloading",
    2: "Compressing / moving",
    3: "Uploading",
    4: "Ready",
    5: "Upload failed",
    6: "Internal error while unpacking",
    7: "Not downloaded within 20 minutes",
    8: "File too big",
    9: "Internal error",
    10: "Download took more than 72 hours",
    11: "Expired – files removed",
    12: "Processing failed",
    13: "Processing failed",
    14: "Could not reach the tracker",
    15: "File not available: no peer",
  },
  fr: {
    0: "En file d'attente",
    1: "Téléchargement",
    2: "Compression / déplacement",
    3: "Envoi",
    4: "Prêt",
    5: "Échec de l'envoi",
    6: "Erreur interne à la décompression",
    7: "Non téléchargé en 20 minutes",
    8: "Fichier trop volumineux",
    9: "Erreur interne",
    10: "Téléchargement de plus de 72 heures",
    11: "Expiré – fichiers supprimés",
    12: "Échec du traitement",
    13: "Échec du traitement",
    14: "Tracker injoignable",
    15: "Fichier indisponible : aucun pair",
  },
};

export function statusText(statusCode: number, upstreamText: string | undefined, lang: Lang): string {
  return STATUS_TEXT[lang][statusCode] ?? upstreamText?.replace(/\.$/, "") ?? String(statusCode);
}
