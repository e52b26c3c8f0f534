// Reseller vouchers, for accounts that have access: the balance, vouchers taken from stock
// (/v4.1/voucher/get, maybe a partial list) or generated against the balance (/v4.1/voucher/generate).

import { createSignal, For, Show } from "solid-js";
import { VOUCHER_DURATIONS, type VoucherGenerateData, type VoucherGetData } from "../../protocol/alldebrid";
import { ErrorLine } from "../app/ErrorLine";
import { defineStrings, lang } from "../i18n";
import { useAccount } from "./context";

const t = defineStrings({
  en: {
    title: "Reseller vouchers",
    balance: "Balance: {balance}",
    duration: "Duration",
    days: "{days} days",
    count: "Number of vouchers (1 to 10)",
    get: "Get from stock",
    generate: "Generate",
    working: "Working…",
    codes: "Voucher codes",
    partial: "Only {count} {count:voucher was|vouchers were} available for this duration.",
    price: "{count} {count:voucher|vouchers} at {price} each: {total}. New balance: {balance}.",
    copy: "Copy the codes",
    copied: "Codes copied.",
  },
  fr: {
    title: "Coupons revendeur",
    balance: "Solde : {balance}",
    duration: "Durée",
    days: "{days} jours",
    count: "Nombre de coupons (1 à 10)",
    get: "Prendre en stock",
    generate: "Générer",
    working: "En cours…",
    codes: "Codes des coupons",
    partial: "Seulement {count} {count:coupon disponible|coupons disponibles} pour cette durée.",
    price: "{count} {count:coupon|coupons} à {price} l'unité : {total}. Nouveau solde : {balance}.",
    copy: "Copier les codes",
    copied: "Codes copiés.",
  },
});

const money = (value: number) =>
  value.toLocaleString(lang() === "fr" ? "fr-FR" : "en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

type Outcome = { kind: "get"; data: VoucherGetData } | { kind: "generate"; data: VoucherGenerateData };

export function Vouchers(props: { balance?: number }) {
  const [, actions] = useAccount();
  const [duration, setDuration] = createSignal<number>(VOUCHER_DURATIONS[1]);
  const [count, setCount] = createSignal(1);
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [note, setNote] = createSignal("");

  async function run(kind: Outcome["kind"]): Promise<void> {
    setBusy(true);
    setError(null);
    setNote("");
    try {
      const order = { duration: duration(), nb: count() };
      if (kind === "get") setOutcome({ kind, data: await actions.getVouchers(order) });
      else setOutcome({ kind, data: await actions.generateVouchers(order) });
    } catch (e) {
      setOutcome(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card account-card vouchers" aria-labelledby="vouchers-title">
      <h2 id="vouchers-title">{t("title")}</h2>
      <Show when={props.balance !== undefined}>
        <p data-testid="voucher-balance">{t("balance", { balance: money(props.balance ?? 0) })}</p>
      </Show>
      <form class="vouchers-form" onSubmit={(event) => event.preventDefault()}>
        <div>
          <label for="voucher-duration">{t("duration")}</label>
          <select
            id="voucher-duration"
            value={String(duration())}
            onChange={(event) => setDuration(Number(event.currentTarget.value))}
          >
            <For each={VOUCHER_DURATIONS}>{(days) => <option value={days}>{t("days", { days })}</option>}</For>
          </select>
        </div>
        <div>
          <label for="voucher-count">{t("count")}</label>
          <input
            id="voucher-count"
            type="number"
            min={1}
            max={10}
            step={1}
            inputMode="numeric"
            value={count()}
            onInput={(event) => setCount(Math.min(10, Math.max(1, Math.floor(Number(event.currentTarget.value) || 1))))}
          />
        </div>
        <div class="vouchers-actions">
          <button type="button" class="primary" disabled={busy()} onClick={() => void run("get")}>
            {t("get")}
          </button>
          <button type="button" disabled={busy()} onClick={() => void run("generate")}>
            {t("generate")}
          </button>
        </div>
      </form>
      <Show when={busy()}>
        <p class="muted" role="status">
          {t("working")}
        </p>
      </Show>
      <ErrorLine error={error()} />
      <Show when={outcome()}>
        {(result) => (
          <div class="vouchers-result">
            <Show when={result().kind === "get" && (result().data as VoucherGetData).partialList}>
              <p class="warning">{t("partial", { count: result().data.codes.length })}</p>
            </Show>
            <Show when={result().kind === "generate" ? (result().data as VoucherGenerateData) : null}>
              {(generated) => (
                <p>
                  {t("price", {
                    count: generated().codes.length,
                    price: money(generated().pricePerVoucher),
                    total: money(generated().total),
                    balance: money(generated().balance),
                  })}
                </p>
              )}
            </Show>
            <h3 class="small">{t("codes")}</h3>
            <ul class="voucher-codes">
              <For each={result().data.codes}>{(code) => <li>{code}</li>}</For>
            </ul>
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard
                  .writeText(result().data.codes.join("\n"))
                  .then(() => setNote(t("copied")), setError)
              }
            >
              {t("copy")}
            </button>
            <p class="muted small" role="status">
              {note()}
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
