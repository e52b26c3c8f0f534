// The notification settings' words, in English and French.
import { defineStrings } from "../i18n";

export const t = defineStrings({
  en: {
    legend: "Notifications",
    toggle: "Notify me when a magnet is done (on this device)",
    toggleHint: "A notification when a magnet is ready or has failed, even when the app is closed.",
    busy: "One moment…",
    unsupported:
      "This browser cannot show notifications from a web app. On an iPhone or iPad, add the app to the home screen first.",
    denied:
      "Notifications are blocked for this site. Allow them in the browser's site settings (or the phone's settings for the app), then turn this on again.",
    dismissed: "The browser's question went unanswered. Turn this on again and choose Allow.",
    unavailable: "This deployment does not send notifications.",
    failed: "The browser could not subscribe to notifications. Check the connection and try again.",
    noPushService:
      "This browser has no push service to deliver notifications (a phone without Google services, for example). Notifications cannot work in this browser; a webhook (in Settings) still can.",
    webhook: "Also send the news to another service",
    webhookHint: "An https link of ntfy, Discord or any service that takes JSON: it gets the same news.",
    webhookLabel: "Webhook link",
    save: "Save",
    remove: "Remove",
    saved: "Saved: the news goes there too.",
    removed: "Removed.",
    prompt: "Get a notification when your magnets are done, even with the app closed?",
    promptYes: "Turn on",
    promptNo: "No thanks",
  },
  fr: {
    legend: "Notifications",
    toggle: "Me prévenir quand un magnet est terminé (sur cet appareil)",
    toggleHint: "Une notification quand un magnet est prêt ou a échoué, même l'app fermée.",
    busy: "Un instant…",
    unsupported:
      "Ce navigateur ne peut pas afficher les notifications d'une app web. Sur iPhone ou iPad, ajoutez d'abord l'app à l'écran d'accueil.",
    denied:
      "Les notifications sont bloquées pour ce site. Autorisez-les dans les réglages du site (ou dans les réglages de l'app sur le téléphone), puis réactivez cette option.",
    dismissed: "La question du navigateur est restée sans réponse. Réactivez l'option et choisissez Autoriser.",
    unavailable: "Ce déploiement n'envoie pas de notifications.",
    failed: "Le navigateur n'a pas pu s'abonner aux notifications. Vérifiez la connexion et réessayez.",
    noPushService:
      "Ce navigateur n'a pas de service push pour livrer les notifications (un téléphone sans les services Google, par exemple). Elles ne peuvent pas marcher dans ce navigateur ; un webhook (dans les Réglages), si.",
    webhook: "Envoyer aussi les nouvelles à un autre service",
    webhookHint:
      "Un lien https de ntfy, Discord ou de tout service qui accepte du JSON : il reçoit les mêmes nouvelles.",
    webhookLabel: "Lien du webhook",
    save: "Enregistrer",
    remove: "Retirer",
    saved: "Enregistré : les nouvelles y partent aussi.",
    removed: "Retiré.",
    prompt: "Recevoir une notification quand vos magnets sont terminés, même l'app fermée ?",
    promptYes: "Activer",
    promptNo: "Non merci",
  },
});
