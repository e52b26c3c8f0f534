// A long web address on a card: cut in the middle so the host and the file name stay readable,
// the whole of it one tap (or Enter) away, and back. Assistive technology reads it whole.
import { createSignal, type JSX, Show } from "solid-js";
import { defineStrings } from "../i18n";
import { middleEllipsis } from "../i18n/format";
import { useMediaQuery, WIDE } from "./media-query";

const t = defineStrings({
  en: { show: "Show the full address", hide: "Shorten the address" },
  fr: { show: "Afficher l'adresse complète", hide: "Raccourcir l'adresse" },
});

export function LinkAddress(props: { address: string; max?: number; class?: string }): JSX.Element {
  const [full, setFull] = createSignal(false);
  // About a line's worth: a phone's, or a wide window's.
  const wide = useMediaQuery(WIDE);
  const short = () => middleEllipsis(props.address, props.max ?? (wide() ? 96 : 40));
  return (
    <Show
      when={short() !== props.address}
      fallback={<span class={`link-address ${props.class ?? ""}`}>{props.address}</span>}
    >
      <button
        type="button"
        class={`link-address link-address-toggle ${props.class ?? ""}`}
        aria-expanded={full()}
        title={full() ? t("hide") : t("show")}
        onClick={() => setFull(!full())}
      >
        {/* Read whole: a screen reader gets the address itself, not its shortened look. */}
        <span aria-hidden="true">{full() ? props.address : short()}</span>
        <span class="visually-hidden">{props.address}</span>
      </button>
    </Show>
  );
}
