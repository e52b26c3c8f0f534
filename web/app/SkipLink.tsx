// A skip link: the first stops of the keyboard, each jumping past what comes before a part of the
// screen. The router handles in-page links without moving the focus, so the link moves it itself.
import type { JSX } from "solid-js";

export function SkipLink(props: { to: string; children: JSX.Element }): JSX.Element {
  return (
    <a class="skip-link" href={`#${props.to}`} on:click={() => document.getElementById(props.to)?.focus()}>
      {props.children}
    </a>
  );
}
