// The Settings screen's words, in English and French.
import { defineStrings } from "../i18n";

export const t = defineStrings({
  en: {
    title: "Settings",
    account: "Account",
    signedInAs: "Signed in as {name}",
    signOutHint: "Signing out removes everything this app stored on this device.",
    language: "Language",
    theme: "Theme",
    theme_system: "Same as the system",
    theme_light: "Light",
    theme_dark: "Dark",
    callSource: "When AllDebrid blocks this app's server",
    callSourceIntro:
      "AllDebrid refuses some actions (unlocking a link, adding a magnet) when they come from a server or a VPN, and this app's server is one. The app can send those actions straight from this device instead.",
    callSourceAuto:
      "Recommended: adding magnets and .torrent files and unlocking links go straight from this device, since AllDebrid refuses them from servers (sending them through the server would only waste a call); everything else goes through the server, and anything the server is refused is sent again from this device.",
    callSourceAutoSandbox:
      "Here the sandbox stands in for AllDebrid: everything goes through the server first, and what it is refused is sent again from this device.",
    callSource_auto: "Send them from this device when the server is blocked (recommended)",
    callSource_edge: "Always go through the server (blocked actions fail)",
    callSource_device: "Always send from this device first",
    share: "Shared to the app",
    outbox: "Outbox",
    outboxIntro: "What you did offline, waiting to be sent.",
    outboxOpen: "Open the outbox",
    outboxOpenCount: "Open the outbox ({waiting} waiting, {failed} not sent)",
    about: "About",
    appVersion: "App version {version}",
    serverVersion: "Server version {version} · upstream: {upstream}",
  },
  fr: {
    title: "Réglages",
    account: "Compte",
    signedInAs: "Connecté en tant que {name}",
    signOutHint: "La déconnexion efface tout ce que l'app a enregistré sur cet appareil.",
    language: "Langue",
    theme: "Thème",
    theme_system: "Comme le système",
    theme_light: "Clair",
    theme_dark: "Sombre",
    callSource: "Quand AllDebrid bloque le serveur de l'app",
    callSourceIntro:
      "AllDebrid refuse certaines actions (débrider un lien, ajouter un magnet) quand elles viennent d'un serveur ou d'un VPN, et le serveur de l'app en est un. L'app peut alors les envoyer directement depuis cet appareil.",
    callSourceAuto:
      "Recommandé : l'ajout de magnets et de fichiers .torrent et le débridage de liens partent directement de cet appareil, car AllDebrid les refuse depuis les serveurs (passer par le serveur ne ferait que gâcher un appel) ; tout le reste passe par le serveur, et ce qui lui est refusé est renvoyé depuis cet appareil.",
    callSourceAutoSandbox:
      "Ici le bac à sable tient le rôle d'AllDebrid : tout passe d'abord par le serveur, et ce qui lui est refusé est renvoyé depuis cet appareil.",
    callSource_auto: "Les envoyer depuis cet appareil quand le serveur est bloqué (recommandé)",
    callSource_edge: "Toujours passer par le serveur (les actions bloquées échouent)",
    callSource_device: "Toujours envoyer d'abord depuis cet appareil",
    share: "Partagé vers l'app",
    outbox: "Boîte d'envoi",
    outboxIntro: "Ce que vous avez fait hors ligne, en attente d'envoi.",
    outboxOpen: "Ouvrir la boîte d'envoi",
    outboxOpenCount: "Ouvrir la boîte d'envoi ({waiting} en attente, {failed} non {failed:envoyé|envoyés})",
    about: "À propos",
    appVersion: "Version de l'app {version}",
    serverVersion: "Version du serveur {version} · source : {upstream}",
  },
});
