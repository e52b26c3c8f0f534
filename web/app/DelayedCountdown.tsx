// How long until a delayed link is ready, the same on every screen (Links, Share, a magnet's
// files), ticking every second (the words: countdown-text.ts).
import { createSignal, type JSX, onCleanup } from "solid-js";
import { countdownText } from "./countdown-text";

export function DelayedCountdown(props: { readyAt: number | undefined; class?: string }): JSX.Element {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(timer));
  // Not a live region: it changes every second. The step's own text says what is going on.
  return <span class={`countdown ${props.class ?? ""}`}>{countdownText(props.readyAt, now())}</span>;
}
