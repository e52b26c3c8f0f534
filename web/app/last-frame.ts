// The installed app's last frame: what its first screen showed when the app was last put away,
// kept on the device so that the next cold start paints it at once, before any of the app's code
// has loaded (web/boot/first-frame.js stamps it, inert; web/app/start.tsx replaces it with the
// live screen in one go, once that screen shows its list as the frame did). Kept only while the
// screen is as it opens (no search typed, nothing selected or open: the next start shows none of
// that), and only what was on screen of it. Sign-out clears localStorage, and the frame with it.
import { onCleanup } from "solid-js";
import { WIDE } from "./media-query";

/** The key web/boot/first-frame.js reads; the fields it checks are those of LastFrame. */
const KEY = "lastFrame";

interface LastFrame {
  /** The address it was shown at, query and all: a start at another (a notification's /?magnet=) paints none. */
  path: string;
  lang: string;
  /** The media query the app lays screens out by (WIDE), and whether it matched: the other layout paints none. */
  layout: string;
  wide: boolean;
  /** The build's entry script: a frame of another build paints none (its styles may be gone). */
  build: string;
  /** The screen's stylesheets: those index.html does not link are loaded before the frame paints. */
  styles: string[];
  /** What selects the list's rows: the live screen takes the frame's place once it shows its own (start.tsx). */
  rows: string;
  html: string;
}

/**
 * Markup says what a control held when it was made, not what it holds now (the filter chosen,
 * the sort): the copy's attributes are set from the screen's controls, one for one.
 */
function writeControls(screen: HTMLElement, copy: HTMLElement): void {
  const controls = screen.querySelectorAll<HTMLInputElement | HTMLOptionElement>("input, option");
  copy.querySelectorAll<HTMLInputElement | HTMLOptionElement>("input, option").forEach((control, i) => {
    const shown = controls[i];
    if (shown instanceof HTMLOptionElement) control.toggleAttribute("selected", shown.selected);
    else if (shown?.type === "checkbox" || shown?.type === "radio") control.toggleAttribute("checked", shown.checked);
    else if (shown) control.setAttribute("value", shown.value);
  });
}

/**
 * What a frame keeps of the screen: the rows on screen, none of what floats above it. Null when
 * the rows have no place on screen to measure (a page being closed has none left).
 */
function trimmed(root: HTMLElement, rows: string): string | null {
  const all = [...root.querySelectorAll(rows)];
  const onScreen = all.filter((row) => {
    const { top, bottom } = row.getBoundingClientRect();
    return bottom > 0 && top < innerHeight;
  }).length;
  if (all.length > 0 && onScreen === 0) return null;
  const copy = root.cloneNode(true) as HTMLElement;
  writeControls(root, copy);
  for (const row of [...copy.querySelectorAll(rows)].slice(onScreen)) row.remove();
  // Menus and dialogs are not part of a screen as it opens, nor what says how things stand at
  // this moment (data-not-in-frame: the connection, "retrying in 3 s"), which a restart would show
  // frozen: left out, or hidden where it keeps its room (="room", app.css), so nothing moves when
  // the live screen takes the frame's place. A style attribute (a placed menu) would be refused by
  // the CSP (style-src 'self').
  for (const extra of copy.querySelectorAll("[popover], dialog, [data-not-in-frame]:not([data-not-in-frame=room])")) {
    extra.remove();
  }
  for (const styled of copy.querySelectorAll("[style]")) styled.removeAttribute("style");
  return copy.innerHTML;
}

function frameOf(root: HTMLElement, rows: string): LastFrame | null {
  const html = trimmed(root, rows);
  if (html === null) return null;
  return {
    path: location.pathname + location.search,
    lang: document.documentElement.lang,
    layout: WIDE,
    wide: window.matchMedia(WIDE).matches,
    build: document.querySelector("script[type=module][src]")?.getAttribute("src") ?? "",
    styles: [...document.querySelectorAll("link[rel=stylesheet]")].map((link) => link.getAttribute("href") ?? ""),
    rows,
    html,
  };
}

/**
 * Keeps the screen as the next start's first frame each time the app is put away (hidden or
 * closed), while `asItOpens()`; forgets the frame when it is not. `rows` selects the screen's
 * list rows: those below the window are left out (the less a frame holds, the sooner it paints).
 */
export function keepLastFrame(asItOpens: () => boolean, rows: string): void {
  const keepNow = () => {
    const root = document.getElementById("root");
    try {
      if (!root || !asItOpens()) localStorage.removeItem(KEY);
      else {
        // Where the screen cannot be measured, the frame kept when it was hidden stays.
        const frame = frameOf(root, rows);
        if (frame) localStorage.setItem(KEY, JSON.stringify(frame));
      }
    } catch {
      // Storage full or blocked: the next start simply paints no frame.
    }
  };
  const whenHidden = () => {
    if (document.visibilityState === "hidden") keepNow();
  };
  document.addEventListener("visibilitychange", whenHidden);
  window.addEventListener("pagehide", keepNow);
  // Put away on another screen, the app keeps the frame this one left: the installed app opens on
  // this screen, and the live list replaces what changed since as it hands over.
  onCleanup(() => {
    document.removeEventListener("visibilitychange", whenHidden);
    window.removeEventListener("pagehide", keepNow);
  });
}
