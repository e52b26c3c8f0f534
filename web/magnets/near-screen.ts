// Whether a row is near the screen (within 1000 px of it), from one IntersectionObserver shared by
// every row: a row far from the screen stops following the live feed until it comes near again,
// so a patch to a thousand-magnet list only changes the rows a person can reach soon.
import { type Accessor, createSignal, onCleanup, onMount } from "solid-js";

const setters = new Map<Element, (near: boolean) => void>();
let observer: IntersectionObserver | undefined;

function watch(element: Element, set: (near: boolean) => void): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) setters.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: "1000px 0px" },
  );
  setters.set(element, set);
  observer.observe(element);
}

function unwatch(element: Element): void {
  setters.delete(element);
  observer?.unobserve(element);
}

/** Near until the observer says otherwise (a row is made near the screen, or where it is reached). */
export function useNearScreen(element: () => Element | undefined): Accessor<boolean> {
  const [near, setNear] = createSignal(true);
  onMount(() => {
    const watched = element();
    if (!watched || !("IntersectionObserver" in window)) return;
    watch(watched, setNear);
    onCleanup(() => unwatch(watched));
  });
  return near;
}
