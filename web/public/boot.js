// Runs before the first paint (a classic script in <head>; the CSP allows no inline code): sets
// <html lang> and the theme from what this device remembers, so the page never paints in the
// wrong language or colours. web/i18n/index.ts and web/app/theme.ts read what it set.
(() => {
  const root = document.documentElement;
  let lang = null;
  let theme = null;
  try {
    lang = localStorage.getItem("lang");
    theme = localStorage.getItem("theme");
  } catch {
    // Storage blocked: the defaults below.
  }
  if (lang !== "en" && lang !== "fr") lang = (navigator.language || "").startsWith("fr") ? "fr" : "en";
  root.lang = lang;
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
})();
