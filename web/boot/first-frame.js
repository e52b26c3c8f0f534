// Runs inline at the end of <body>, before the first paint (the CSP allows it by its hash).
// A stranger on the sign-in screen gets that screen at once, in the page's language, from the
// frames rendered at build time into index.html (web/signin/first-frame.tsx); the code that
// makes it work replaces it with the very same markup (web/signin/signed-out.tsx).
// A device with a session gets the last frame of the screen it opens on, as the app kept it when
// it was put away (web/app/last-frame.ts), where it was kept at this address, in this language
// and layout, by this build: inert, once its stylesheets are in, and only while the app has not
// rendered (web/app/start.tsx replaces it with the live screen).
(() => {
  const html = document.documentElement;
  const root = document.getElementById("root");
  if (!root) return;
  if (html.dataset.session === undefined) {
    if (location.pathname !== "/signin") return;
    const frame = document.getElementById(`first-frame-${html.lang}`);
    if (frame) root.append(frame.content.cloneNode(true));
    return;
  }
  let last = null;
  try {
    last = JSON.parse(localStorage.getItem("lastFrame") || "null");
  } catch {
    // Storage blocked or the frame damaged: no frame.
  }
  const entry = document.querySelector("script[type=module][src]");
  if (
    !Array.isArray(last?.styles) ||
    typeof last.html !== "string" ||
    typeof last.rows !== "string" ||
    last.path !== location.pathname + location.search ||
    last.lang !== html.lang ||
    typeof last.layout !== "string" ||
    last.wide !== matchMedia(last.layout).matches ||
    last.build !== entry?.getAttribute("src")
  )
    return;
  const show = () => {
    if (root.firstChild) return;
    root.innerHTML = last.html;
    root.inert = true;
    // What selects its rows, for the live screen to show its own before it takes the frame's place.
    root.dataset.lastFrame = last.rows;
  };
  const linked = [...document.querySelectorAll("link[rel=stylesheet]")].map((link) => link.getAttribute("href"));
  const missing = last.styles.filter((href) => !linked.includes(href));
  let waiting = missing.length;
  if (waiting === 0) show();
  for (const href of missing) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.crossOrigin = "";
    link.href = href;
    link.onload = () => {
      waiting--;
      if (waiting === 0) show();
    };
    // A stylesheet that cannot load (offline, after an update): no frame, rather than an unstyled one.
    link.onerror = () => {
      waiting = -1;
    };
    document.head.append(link);
  }
})();
