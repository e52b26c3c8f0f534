// The cleanup rules in Settings, in plain words (docs/caps.md): keep only the newest N finished
// magnets, and delete finished magnets D days after they finished; each a box to tick and a
// number. The account's object applies them, even with every device closed.

import { createEffect, createSignal, type JSX, onMount, Show } from "solid-js";
import { CLEANUP_LIMITS, type CleanupRules } from "../../protocol/cleanup";
import { ErrorLine } from "../app/ErrorLine";
import { useCleanup } from "./context";
import { t } from "./strings";
import "./caps.css";

/** What a ticked box starts with. */
const FIRST_KEEP = 100;
const FIRST_DAYS = 30;

/** A whole number within the limits, or null. */
function wholeWithin(text: string, { min, max }: { min: number; max: number }): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

export function CleanupSettings(): JSX.Element {
  const [cleanup, actions] = useCleanup();
  const [keepOn, setKeepOn] = createSignal(false);
  const [keep, setKeep] = createSignal(String(FIRST_KEEP));
  const [ageOn, setAgeOn] = createSignal(false);
  const [days, setDays] = createSignal(String(FIRST_DAYS));
  const [busy, setBusy] = createSignal(false);
  const [note, setNote] = createSignal<string | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  onMount(() => void actions.load());

  // The form shows the rules as stored, once read and after each save.
  createEffect(() => {
    const rules = cleanup.rules;
    if (!rules) return;
    setKeepOn(rules.keepFinished !== null);
    if (rules.keepFinished !== null) setKeep(String(rules.keepFinished));
    setAgeOn(rules.finishedForDays !== null);
    if (rules.finishedForDays !== null) setDays(String(rules.finishedForDays));
  });

  const keepValue = () => (keepOn() ? wholeWithin(keep(), CLEANUP_LIMITS.keepFinished) : null);
  const daysValue = () => (ageOn() ? wholeWithin(days(), CLEANUP_LIMITS.finishedForDays) : null);
  const invalid = () => (keepOn() && keepValue() === null) || (ageOn() && daysValue() === null);

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (invalid()) return;
    const rules: CleanupRules = { keepFinished: keepValue(), finishedForDays: daysValue() };
    setBusy(true);
    setNote(null);
    setError(null);
    try {
      await actions.save(rules);
      setNote(t("rulesSaved"));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card cleanup-settings" aria-labelledby="settings-cleanup">
      <h2 id="settings-cleanup">{t("rulesTitle")}</h2>
      <p class="muted">{t("rulesIntro")}</p>
      <form onSubmit={(event) => void save(event)}>
        <RuleField
          on={keepOn()}
          onToggle={setKeepOn}
          toggle={t("keepOn")}
          label={t("keepCount")}
          value={keep()}
          onValue={setKeep}
          limits={CLEANUP_LIMITS.keepFinished}
          invalid={keepValue() === null ? t("rulesBadCount") : null}
        />
        <RuleField
          on={ageOn()}
          onToggle={setAgeOn}
          toggle={t("ageOn")}
          label={t("ageDays")}
          value={days()}
          onValue={setDays}
          limits={CLEANUP_LIMITS.finishedForDays}
          invalid={daysValue() === null ? t("rulesBadDays") : null}
        />
        <RulesSummary rules={cleanup.rules} />
        <button type="submit" class="primary" disabled={busy() || invalid() || cleanup.rules === undefined}>
          {busy() ? t("rulesSaving") : t("rulesSave")}
        </button>
        <Show when={note()}>{(text) => <p role="status">{text()}</p>}</Show>
        <ErrorLine error={error() ?? cleanup.loadError} />
      </form>
    </section>
  );
}

/** One rule: a box to tick, then its number, with why a number will not do. */
function RuleField(props: {
  on: boolean;
  onToggle: (on: boolean) => void;
  toggle: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  limits: { min: number; max: number };
  invalid: string | null;
}): JSX.Element {
  return (
    <>
      <label class="choice">
        <input type="checkbox" checked={props.on} onChange={(event) => props.onToggle(event.currentTarget.checked)} />
        {props.toggle}
      </label>
      <Show when={props.on}>
        <label class="rule-number">
          {props.label}
          <input
            type="number"
            inputmode="numeric"
            min={props.limits.min}
            max={props.limits.max}
            step="1"
            value={props.value}
            aria-invalid={props.invalid !== null}
            onInput={(event) => props.onValue(event.currentTarget.value)}
          />
        </label>
        <Show when={props.invalid}>{(text) => <p class="error">{text()}</p>}</Show>
      </Show>
    </>
  );
}

/** What the stored rules do, in a sentence or two. */
function RulesSummary(props: { rules: CleanupRules | undefined }): JSX.Element {
  return (
    <Show when={props.rules}>
      {(rules) => (
        <p class="muted rules-summary">
          <Show when={rules().keepFinished !== null || rules().finishedForDays !== null} fallback={t("rulesOff")}>
            <Show when={rules().keepFinished !== null}>
              {t("rulesSummaryKeep", { count: rules().keepFinished ?? 0 })}{" "}
            </Show>
            <Show when={rules().finishedForDays !== null}>
              {t("rulesSummaryAge", { count: rules().finishedForDays ?? 0 })}
            </Show>
          </Show>
        </p>
      )}
    </Show>
  );
}
