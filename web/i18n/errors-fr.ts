// French text for AllDebrid's error codes and the deployment's own.
export const ERROR_TEXT_FR: Record<string, string> = {
  AUTH_MISSING_APIKEY: "Aucune clé API n'a été envoyée.",
  AUTH_BAD_APIKEY: "Cette clé API n'est pas valide.",
  AUTH_BLOCKED: "Connexion depuis un nouvel endroit : confirmez-la dans l'e-mail reçu.",
  AUTH_USER_BANNED: "Ce compte est banni.",
};
