// Runs inline in <head>, before the first paint (the build inlines this file as it is, and the CSP
// allows it by its hash: worker/security/inline-scripts.ts). It sets <html lang> and the theme from what
// this device remembers, so the page never paints in the wrong language or colours, and decides
// where a stranger belongs before any of the app's code loads: a device that holds no session
// ("session" in localStorage, kept by web/session/session.ts) is on the sign-in screen, but for a
// share, which waits for a sign-in. web/i18n/index.ts and web/app/theme.ts read what it set.
// A device with a session starts opening the app's database here: at a cold start the open takes
// longer than the app's code takes to come, and the first screen waits for it (web/offline/db.ts
// takes the connection; one without the app's stores is never made here).
(() => {
  const root = document.documentElement;
  let lang = null;
  let theme = null;
  let session = null;
  try {
    lang = localStorage.getItem("lang");
    theme = localStorage.getItem("theme");
    session = localStorage.getItem("session");
  } catch {
    // Storage blocked: the defaults below.
  }
  if (lang !== "en" && lang !== "fr") lang = (navigator.language || "").startsWith("fr") ? "fr" : "en";
  root.lang = lang;
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
  if (session) {
    root.dataset.session = "";
    openDatabase();
  } else if (location.pathname !== "/signin" && location.pathname !== "/share") {
    // Where the visitor was going, for a device signed in by an older version (no "session" yet).
    history.replaceState({ from: location.pathname + location.search + location.hash }, "", "/signin");
  }

  function openDatabase() {
    try {
      const opening = indexedDB.open("debrid");
      // No database yet: db.ts makes it with its stores.
      opening.onupgradeneeded = () => opening.transaction.abort();
      // Another page deletes or upgrades it before the app's code is here: let go, db.ts opens anew.
      opening.onsuccess = () => {
        opening.result.onversionchange = () => {
          opening.result.close();
          window.openingDatabase = undefined;
        };
      };
      window.openingDatabase = opening;
    } catch {
      // No IndexedDB here: db.ts says so when the app first reads.
    }
  }
})();
