// The end of a long list: when it comes near the screen, the list shows its next rows. Only
// the rows a person can reach soon are in the page, so 1000 magnets render as fast as 40.
import { type JSX, onCleanup, onMount } from "solid-js";

/** The first rows: a couple of screens' worth on any window (a row is about 60 px high). */
export const FIRST_ROWS = 40;
export const ROWS_PER_STEP = 100;

export function MoreRows(props: { onNear: () => void }): JSX.Element {
  let marker: HTMLLIElement | undefined;
  onMount(() => {
    if (!marker || !("IntersectionObserver" in window)) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        props.onNear();
        // Still near after the new rows (a tall screen)? Observing again reports it once more.
        requestAnimationFrame(() => {
          if (!marker) return;
          observer.unobserve(marker);
          observer.observe(marker);
        });
      },
      { rootMargin: "1000px 0px" },
    );
    observer.observe(marker);
    onCleanup(() => observer.disconnect());
  });
  return <li ref={marker} class="magnet-more" aria-hidden="true" />;
}
