// The magnets screen's keyboard shortcuts (shown on wide windows): / searches, A adds, S selects,
// Escape steps back (leaves selection, closes the add panel, closes the details). Keys typed in a
// field, with a modifier, or while a dialog is open are left alone.
import { onCleanup, onMount } from "solid-js";

export interface Shortcuts {
  search: () => void;
  add: () => void;
  select: () => void;
  back: () => void;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function useShortcuts(shortcuts: Shortcuts): void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.querySelector("dialog[open], :popover-open")) return;
    if (event.key === "Escape") {
      // In the search field, Escape first leaves it.
      if (typing(event.target)) (event.target as HTMLElement).blur();
      else shortcuts.back();
      return;
    }
    if (typing(event.target)) return;
    const action = { "/": shortcuts.search, a: shortcuts.add, s: shortcuts.select }[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    action();
  };
  onMount(() => document.addEventListener("keydown", onKey));
  onCleanup(() => document.removeEventListener("keydown", onKey));
}
