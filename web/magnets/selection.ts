// Choosing magnets to act on together: selection mode on or off, and which magnets are chosen
// (by id, so a live update of a row keeps it chosen). Leaving the mode forgets the choice.
import { createSignal } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import type { Magnet } from "../../protocol/alldebrid";

export function useSelection() {
  const [selecting, setSelecting] = createSignal(false);
  const [selected, setSelected] = createStore<Record<number, boolean>>({});
  return {
    selecting,
    selected,
    /** Turns selection mode on, or off (forgetting what was chosen). */
    setSelecting(on: boolean): void {
      setSelecting(on);
      if (!on) setSelected(reconcile({}));
    },
    select: (id: number, on: boolean) => setSelected(id, on),
    selectAll: (magnets: readonly Magnet[]) => setSelected(Object.fromEntries(magnets.map((m) => [m.id, true]))),
    /** The chosen magnets among `magnets`, in their order. */
    chosen: (magnets: readonly Magnet[]) => magnets.filter((m) => selected[m.id]),
  };
}
