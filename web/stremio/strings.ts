// "Watch in Stremio" (Settings): its words, in English and French.
import { defineStrings } from "../i18n";

export const t = defineStrings({
  en: {
    title: "Watch in Stremio",
    intro:
      "Your magnets as a Stremio add-on, on a TV, a computer or a phone: a catalog of them, and “In your AllDebrid” on the pages of the films and episodes you have.",
    make: "Make my add-on link",
    making: "One moment…",
    install: "Install in Stremio",
    installHint: "On this device, if Stremio is installed here.",
    copy: "Copy link",
    copied: "Copied: paste it in Stremio's add-on search.",
    qrLabel: "QR code of the add-on link",
    qrHint: "On a TV: scan this with a phone, or type the link in Stremio's add-on search.",
    linkLabel: "Add-on link",
    privacy: "Anyone with this link sees your magnets and can play them. It holds no AllDebrid key.",
    revoke: "Revoke",
    revokeTitle: "Revoke the add-on link?",
    revokeText: "Stremio stops showing your magnets wherever this link is installed. You can make a new link after.",
    revoked: "Revoked. Make a new link to use the add-on again.",
  },
  fr: {
    title: "Regarder dans Stremio",
    intro:
      "Vos magnets en module Stremio, sur une télé, un ordinateur ou un téléphone : leur catalogue, et « In your AllDebrid » sur les pages des films et épisodes que vous avez.",
    make: "Créer mon lien de module",
    making: "Un instant…",
    install: "Installer dans Stremio",
    installHint: "Sur cet appareil, si Stremio y est installé.",
    copy: "Copier le lien",
    copied: "Copié : collez-le dans la recherche de modules de Stremio.",
    qrLabel: "QR code du lien du module",
    qrHint: "Sur une télé : scannez-le avec un téléphone, ou tapez le lien dans la recherche de modules de Stremio.",
    linkLabel: "Lien du module",
    privacy: "Toute personne qui a ce lien voit vos magnets et peut les lire. Il ne contient aucune clé AllDebrid.",
    revoke: "Révoquer",
    revokeTitle: "Révoquer le lien du module ?",
    revokeText:
      "Stremio n'affiche plus vos magnets partout où ce lien est installé. Vous pourrez créer un nouveau lien ensuite.",
    revoked: "Révoqué. Créez un nouveau lien pour utiliser le module à nouveau.",
  },
});
