// A CSS media query as a signal, for the few layout choices made in code (the magnets screen's
// details: in a side pane on a wide window, under the row on a phone).
import { type Accessor, createSignal, onCleanup } from "solid-js";
import { isServer } from "solid-js/web";

/** From 900 px the app lays screens out in two panes with a side rail (app.css says the same). */
export const WIDE = "(min-width: 900px)";

export function useMediaQuery(query: string): Accessor<boolean> {
  // At build time (the first frame), no window: CSS lays the frame out for every width.
  if (isServer) return () => false;
  const list = window.matchMedia(query);
  const [matches, setMatches] = createSignal(list.matches);
  const change = (event: MediaQueryListEvent) => setMatches(event.matches);
  list.addEventListener("change", change);
  onCleanup(() => list.removeEventListener("change", change));
  return matches;
}
