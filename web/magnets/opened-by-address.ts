// A magnet the app was opened on: /?magnet=<id> is where tapping a notification lands, and
// &copy=links (its "Copy links" action) also copies the magnet's links from this device. The
// magnet opens once the list holds it (from the saved copy or the live feed), shown whatever the
// filter, and the address is cleaned so a reload does not open it again.
import { useSearchParams } from "@solidjs/router";
import { createEffect, createSignal } from "solid-js";
import type { Magnet } from "../../protocol/alldebrid";

export function useMagnetOpenedByAddress(
  magnets: () => Magnet[],
  reveal: (id: number) => void,
): { copyLinksOf: () => number | null; forgetCopy: () => void } {
  const [params, setParams] = useSearchParams<{ magnet?: string; copy?: string }>();
  const [copyLinksOf, setCopyLinksOf] = createSignal<number | null>(null);

  createEffect(() => {
    if (params.magnet === undefined) return;
    const id = Number(params.magnet);
    const known = Number.isSafeInteger(id) && magnets().some((magnet) => magnet.id === id);
    // An id that is not a number is dropped; a real one waits for the list to hold it.
    if (Number.isSafeInteger(id) && !known) return;
    if (known) {
      reveal(id);
      if (params.copy === "links") setCopyLinksOf(id);
      requestAnimationFrame(() =>
        document.getElementById(`magnet-${id}-name`)?.closest("li")?.scrollIntoView({ block: "start" }),
      );
    }
    setParams({ magnet: undefined, copy: undefined }, { replace: true });
  });

  return { copyLinksOf, forgetCopy: () => setCopyLinksOf(null) };
}
