// A file name shown whole: it wraps where its words meet (after . _ - ] and spaces) instead of
// being cut, so a phone shows the part that tells files apart (the episode tag, the end).
import type { JSX } from "solid-js";

export function FileName(props: { name: string; class?: string }): JSX.Element {
  const parts = () => props.name.split(/(?<=[._\-\])\s])/);
  return <span class={props.class}>{parts().flatMap((part, index) => (index ? [<wbr />, part] : [part]))}</span>;
}
