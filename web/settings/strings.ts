// The Settings screen's words, in English and French.
import { defineStrings } from "../i18n";

export const t = defineStrings({
  en: {
    title: "Settings",
    account: "Account",
    signedInAs: "Signed in as {name}",
    language: "Language",
    callSource: "When AllDebrid refuses a server",
    callSourceIntro:
      "AllDebrid refuses some calls (unlocking a link, adding a magnet) from servers and VPNs. The app can send them from your device instead.",
    callSource_auto: "Automatic: through this deployment, then from this device if refused",
    callSource_edge: "This deployment only",
    callSource_device: "From this device first",
    share: "Shared to the app",
    about: "About",
    appVersion: "App version {version}",
    serverVersion: "Server version {version} · upstream: {upstream}",
  },
  fr: {
    title: "Réglages",
    account: "Compte",
    signedInAs: "Connecté en tant que {name}",
    language: "Langue",
    callSource: "Quand AllDebrid refuse un serveur",
    callSourceIntro:
      "AllDebrid refuse certains appels (débrider un lien, ajouter un magnet) depuis les serveurs et les VPN. L'app peut les envoyer depuis votre appareil à la place.",
    callSource_auto: "Automatique : via ce déploiement, puis depuis cet appareil en cas de refus",
    callSource_edge: "Ce déploiement uniquement",
    callSource_device: "Depuis cet appareil d'abord",
    share: "Partagé vers l'app",
    about: "À propos",
    appVersion: "Version de l'app {version}",
    serverVersion: "Version du serveur {version} · source : {upstream}",
  },
});
