// The words of playing: the Play button, the app's own player and the choice in Settings.
import { defineStrings } from "../i18n";

export const t = defineStrings({
  en: {
    play: "Play",
    playNamed: "Play {name}",
    getting: "Getting the link…",
    close: "Close",
    nowPlaying: "Playing {name}",
    cannotPlay: "This browser cannot play this file. Open it in a player app, or copy its link.",
    openTab: "Open in a new tab",
    copy: "Copy link",
    copied: "Link copied.",
    choose: "Play videos and music with",
    chooseHint_android: "Play opens the file in the app you pick here. Android offers to install a missing one.",
    chooseHint_ios: "Play opens the file in VLC (from the App Store), or in this app.",
    chooseHint_desktop:
      "On this device files play in the app's own player, when the browser can play them. On a phone you can pick VLC, MX Player or mpv.",
    player_system: "Ask each time (Android's choice of apps)",
    player_vlc: "VLC",
    player_mx: "MX Player",
    player_mxpro: "MX Player Pro",
    player_mpv: "mpv",
    player_browser: "The app's own player",
  },
  fr: {
    play: "Lire",
    playNamed: "Lire {name}",
    getting: "Obtention du lien…",
    close: "Fermer",
    nowPlaying: "Lecture de {name}",
    cannotPlay: "Ce navigateur ne sait pas lire ce fichier. Ouvrez-le dans une app de lecture, ou copiez son lien.",
    openTab: "Ouvrir dans un nouvel onglet",
    copy: "Copier le lien",
    copied: "Lien copié.",
    choose: "Lire les vidéos et la musique avec",
    chooseHint_android: "Lire ouvre le fichier dans l'app choisie ici. Android propose d'installer celle qui manque.",
    chooseHint_ios: "Lire ouvre le fichier dans VLC (sur l'App Store), ou dans cette app.",
    chooseHint_desktop:
      "Sur cet appareil, les fichiers se lisent dans le lecteur de l'app, quand le navigateur sait les lire. Sur un téléphone, vous pouvez choisir VLC, MX Player ou mpv.",
    player_system: "Demander à chaque fois (le choix d'apps d'Android)",
    player_vlc: "VLC",
    player_mx: "MX Player",
    player_mxpro: "MX Player Pro",
    player_mpv: "mpv",
    player_browser: "Le lecteur de l'app",
  },
});
