// The shell's words (its frame and navigation), in English and French.
import { defineStrings } from "../i18n";

export const t = defineStrings({
  en: {
    app: "Debrid",
    magnets: "Magnets",
    links: "Links",
    saved: "Saved",
    account: "Account",
    settings: "Settings",
    nav: "Main",
    skip: "Skip to content",
    skipToList: "Skip to the magnets list",
    offline: "Offline",
  },
  fr: {
    app: "Debrid",
    magnets: "Magnets",
    links: "Liens",
    saved: "Enregistrés",
    account: "Compte",
    settings: "Réglages",
    nav: "Principal",
    skip: "Aller au contenu",
    skipToList: "Aller à la liste des magnets",
    offline: "Hors ligne",
  },
});
