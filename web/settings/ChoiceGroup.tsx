// One setting with a few answers: a card-like fieldset of radio buttons, the answer in use
// checked. Language, theme, player and where calls go all read the same way.
import { For, type JSX, Show } from "solid-js";

export function ChoiceGroup<V extends string>(props: {
  legend: string;
  name: string;
  options: readonly V[];
  value: V;
  label: (option: V) => string;
  onChange: (option: V) => void;
  /** A sentence under the legend, read with the group. */
  hint?: string;
  /** The language each option is written in (the language choice names each in its own). */
  optionLang?: (option: V) => string | undefined;
}): JSX.Element {
  const hintId = `${props.name}-hint`;
  return (
    <fieldset class="card" aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p id={hintId} class="muted choice-hint">
          {props.hint}
        </p>
      </Show>
      <For each={props.options}>
        {(option) => (
          <label class="choice" lang={props.optionLang?.(option)}>
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            {props.label(option)}
          </label>
        )}
      </For>
    </fieldset>
  );
}
