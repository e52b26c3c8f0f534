// A "more actions" button and its menu, for every list row that has more actions than room: a
// native popover (top layer, so no row clips it; Escape and a tap outside close it), placed
// under its button, with the keyboard of a menu (arrows, Home, End; Tab leaves it).
import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js";

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** Destructive (delete): shown in red, last. */
  danger?: boolean;
  disabled?: boolean;
}

export function ActionMenu(props: {
  /** The button's accessible name, e.g. "Actions for ubuntu.iso". */
  label: string;
  items: MenuItem[];
  /** What the button shows; a "⋯" by default. */
  children?: JSX.Element;
  class?: string;
}): JSX.Element {
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  // The items are made on the first opening: a list of a thousand rows has a thousand menus.
  const [made, setMade] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  let menu: HTMLDivElement | undefined;

  const entries = () => [...(menu?.querySelectorAll<HTMLButtonElement>("[role=menuitem]:not(:disabled)") ?? [])];

  /** Under the button, its right edge on the button's, kept inside the window (above it when there is no room below). */
  function place(): void {
    if (!button || !menu) return;
    const anchor = button.getBoundingClientRect();
    const width = menu.offsetWidth;
    const height = menu.offsetHeight;
    const left = Math.min(window.innerWidth - width - 8, Math.max(8, anchor.right - width));
    const below = anchor.bottom + 4;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, anchor.top - height - 4) : below;
    menu.style.left = `${left}px`;
    menu.style.top = `${top}px`;
  }

  function show(focus: "first" | "last"): void {
    if (!menu || menu.matches(":popover-open")) return;
    setMade(true);
    menu.showPopover();
    place();
    const items = entries();
    (focus === "first" ? items[0] : items.at(-1))?.focus();
  }

  function hide(): void {
    if (menu?.matches(":popover-open")) menu.hidePopover();
  }

  function onMenuKey(event: KeyboardEvent): void {
    const items = entries();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const go = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === "ArrowDown") go(at + 1);
    else if (event.key === "ArrowUp") go(at - 1);
    else if (event.key === "Home") go(0);
    else if (event.key === "End") go(items.length - 1);
    else if (event.key === "Tab") hide();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        class={`menu-button ${props.class ?? ""}`}
        aria-label={props.label}
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={id}
        onClick={() => (open() ? hide() : show("first"))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            show(event.key === "ArrowDown" ? "first" : "last");
          }
        }}
      >
        <Show when={props.children} fallback={<span aria-hidden="true">⋯</span>}>
          {props.children}
        </Show>
      </button>
      <div
        ref={menu}
        id={id}
        popover="auto"
        role="menu"
        aria-label={props.label}
        class="action-menu"
        onKeyDown={onMenuKey}
        onToggle={(event) => {
          const opened = (event as ToggleEvent).newState === "open";
          setOpen(opened);
          // Closed by Escape or by a choice: focus goes back to the button, not to the page's top.
          if (!opened && (menu?.contains(document.activeElement) || document.activeElement === document.body)) {
            button?.focus();
          }
        }}
      >
        <For each={made() ? props.items : []}>
          {(item) => (
            <button
              type="button"
              role="menuitem"
              tabindex="-1"
              classList={{ danger: item.danger }}
              disabled={item.disabled}
              onClick={() => {
                hide();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          )}
        </For>
      </div>
    </>
  );
}
