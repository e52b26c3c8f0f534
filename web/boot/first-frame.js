// Runs inline at the end of <body>, before the first paint (the CSP allows it by its hash): a
// stranger on the sign-in screen gets that screen at once, in the page's language, from the
// frames rendered at build time into index.html (web/signin/first-frame.tsx); the code that
// makes it work replaces it with the very same markup (web/signin/signed-out.tsx).
(() => {
  const root = document.documentElement;
  if (root.dataset.session !== undefined || location.pathname !== "/signin") return;
  const frame = document.getElementById(`first-frame-${root.lang}`);
  if (frame) document.getElementById("root")?.append(frame.content.cloneNode(true));
})();
