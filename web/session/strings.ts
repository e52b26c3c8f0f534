// The sign-in screens' words, in English and French.
import { defineStrings } from "../i18n";

export const t = defineStrings({
  en: {
    title: "Sign in to AllDebrid",
    intro: "Use the code below on alldebrid.com, or paste an apikey.",
    pinHeading: "Sign in with a code",
    pinLabel: "Your code",
    pinSteps: "Open the link or scan the code with a signed-in phone, then enter this code.",
    pinOpen: "Open {host}",
    qrLabel: "QR code of the sign-in link",
    expiresIn: "Code expires in {time}",
    waiting: "Waiting for you to enter the code…",
    newPin: "Get a new code",
    loadingPin: "Getting a code…",
    keyHeading: "Paste an apikey",
    keyLabel: "Apikey",
    keyHint: "Create one at alldebrid.com/apikeys.",
    keySubmit: "Sign in",
    checking: "Checking…",
    sandboxHeading: "Just looking?",
    sandboxText: "This deployment runs the sandbox: try the app with a made-up premium account.",
    sandboxButton: "Try the sandbox",
    verifyTitle: "Confirm this new sign-in",
    verifyText:
      "AllDebrid sees a sign-in from a new place and sent you an e-mail. Open it and approve the sign-in; this screen moves on by itself.",
    verifyWaiting: "Waiting for your approval…",
    verifyDenied: "The sign-in was refused from the e-mail.",
    verifyExpired: "This verification has expired. Sign in again.",
    resend: "Send the e-mail again",
    resent: "The e-mail was sent again.",
    backToSignIn: "Back to sign in",
    signOut: "Sign out",
    signOutTitle: "Sign out of this device?",
    signOutText: "Everything this app keeps on this device is erased: saved lists, the outbox, settings.",
    signOutConfirm: "Sign out and erase",
  },
  fr: {
    title: "Connexion à AllDebrid",
    intro: "Saisissez le code ci-dessous sur alldebrid.com, ou collez une clé API.",
    pinHeading: "Connexion avec un code",
    pinLabel: "Votre code",
    pinSteps: "Ouvrez le lien ou scannez le code avec un téléphone connecté, puis saisissez ce code.",
    pinOpen: "Ouvrir {host}",
    qrLabel: "QR code du lien de connexion",
    expiresIn: "Le code expire dans {time}",
    waiting: "En attente de la saisie du code…",
    newPin: "Obtenir un nouveau code",
    loadingPin: "Obtention d'un code…",
    keyHeading: "Coller une clé API",
    keyLabel: "Clé API",
    keyHint: "Créez-en une sur alldebrid.com/apikeys.",
    keySubmit: "Se connecter",
    checking: "Vérification…",
    sandboxHeading: "Simple curiosité ?",
    sandboxText: "Ce déploiement fait tourner le bac à sable : essayez l'app avec un faux compte premium.",
    sandboxButton: "Essayer le bac à sable",
    verifyTitle: "Confirmez cette nouvelle connexion",
    verifyText:
      "AllDebrid voit une connexion depuis un nouvel endroit et vous a envoyé un e-mail. Ouvrez-le et approuvez la connexion ; cet écran avancera tout seul.",
    verifyWaiting: "En attente de votre approbation…",
    verifyDenied: "La connexion a été refusée depuis l'e-mail.",
    verifyExpired: "Cette vérification a expiré. Connectez-vous à nouveau.",
    resend: "Renvoyer l'e-mail",
    resent: "L'e-mail a été renvoyé.",
    backToSignIn: "Retour à la connexion",
    signOut: "Se déconnecter",
    signOutTitle: "Se déconnecter de cet appareil ?",
    signOutText: "Tout ce que l'app garde sur cet appareil est effacé : listes enregistrées, boîte d'envoi, réglages.",
    signOutConfirm: "Se déconnecter et effacer",
  },
});

/** 9:05 for 545 seconds. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
