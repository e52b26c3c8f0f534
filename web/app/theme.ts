// The app's colours: the system's theme, or light or dark as the user picks in Settings. The
// choice is remembered on this device; web/boot/head.js applies it (data-theme on <html>) before the
// first paint, and app.css reads it through color-scheme and light-dark().
import { createSignal } from "solid-js";

export type Theme = "system" | "light" | "dark";

export const THEMES: readonly Theme[] = ["system", "light", "dark"];

/** The browser's bar colour in each theme (index.html's theme-color metas). */
const BAR_COLOUR = { light: "#0f766e", dark: "#181c22" } as const;

function initialTheme(): Theme {
  const set = globalThis.document?.documentElement.dataset.theme;
  return set === "light" || set === "dark" ? set : "system";
}

const [theme, setThemeSignal] = createSignal<Theme>(initialTheme());

export { theme };

/** A chosen theme paints the browser's bar in its colour whatever the system's; "system" lets each meta follow its media query. */
function paintBar(next: Theme): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const own = meta.media.includes("dark") ? BAR_COLOUR.dark : BAR_COLOUR.light;
    meta.content = next === "system" ? own : BAR_COLOUR[next];
  }
}

export function setTheme(next: Theme): void {
  if (next === "system") {
    localStorage.removeItem("theme");
    delete document.documentElement.dataset.theme;
  } else {
    localStorage.setItem("theme", next);
    document.documentElement.dataset.theme = next;
  }
  paintBar(next);
  setThemeSignal(next);
}

if (globalThis.document) paintBar(theme());
