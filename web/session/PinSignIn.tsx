// Sign-in by PIN: the code shown large, a button that opens AllDebrid's PIN page (on a phone,
// the way to approve it from the phone itself), a QR code of that page for another device
// (second, behind a disclosure, on a phone), the time left, and /v4.1/pin/check every 1.5 s and
// whenever the app comes back to the front, so an approval is noticed within 2 s. A fresh code
// comes when this one expires. Every line has its room before the code arrives: nothing moves.
import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { AllDebridError, type PinGetData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { useMediaQuery } from "../app/media-query";
import { formatCountdown } from "../i18n/format";
import { QrCode } from "./QrCode";
import { t } from "./strings";

/** Under 2 s from approval to signed in, with the check's own round trip. */
export const PIN_CHECK_MS = 1_500;

/** A phone (or any touch screen): approving happens right here, the QR code is for someone else. */
const PHONE = "(max-width: 599px), (pointer: coarse)";

export function PinSignIn(props: { onApikey: (key: string) => Promise<void> }) {
  const [pin, setPin] = createSignal<PinGetData | null>(null);
  const [expiresAt, setExpiresAt] = createSignal(0);
  const [now, setNow] = createSignal(Date.now());
  const [error, setError] = createSignal<unknown>(null);
  const phone = useMediaQuery(PHONE);
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let checking = false;

  const secondsLeft = () => Math.max(0, (expiresAt() - now()) / 1000);

  async function newPin(): Promise<void> {
    clearTimeout(checkTimer);
    const mine = ++generation;
    setPin(null);
    setError(null);
    try {
      const fresh = await callApi("/v4.1/pin/get");
      if (mine !== generation) return;
      setPin(fresh);
      setNow(Date.now());
      setExpiresAt(Date.now() + fresh.expires_in * 1000);
      checkTimer = setTimeout(() => void check(mine), PIN_CHECK_MS);
    } catch (e) {
      if (mine === generation) setError(e);
    }
  }

  async function check(mine: number): Promise<void> {
    const current = pin();
    if (!current || mine !== generation || checking) return;
    clearTimeout(checkTimer);
    checking = true;
    try {
      const status = await callApi("/v4.1/pin/check", { pin: current.pin, check: current.check });
      if (mine !== generation) return;
      if (status.activated && status.apikey) {
        generation++;
        await props.onApikey(status.apikey);
        return;
      }
      setExpiresAt(Date.now() + status.expires_in * 1000);
      setError(null);
    } catch (e) {
      if (mine !== generation) return;
      // An expired or unknown check token cannot recover: start over with a new code.
      if (e instanceof AllDebridError && (e.code === "PIN_EXPIRED" || e.code === "PIN_INVALID")) return void newPin();
      setError(e); // a network or server hiccup: say so, and keep checking
    } finally {
      checking = false;
    }
    if (mine === generation) checkTimer = setTimeout(() => void check(mine), PIN_CHECK_MS);
  }

  /** Back from AllDebrid's page (another tab, another app): look at once. */
  const onVisible = () => {
    if (document.visibilityState === "visible") void check(generation);
  };

  onMount(() => {
    void newPin();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
  });
  const clock = setInterval(() => {
    setNow(Date.now());
    if (pin() && secondsLeft() === 0) void newPin();
  }, 1000);
  onCleanup(() => {
    generation++;
    clearTimeout(checkTimer);
    clearInterval(clock);
    document.removeEventListener("visibilitychange", onVisible);
    window.removeEventListener("focus", onVisible);
  });

  const host = () => {
    const url = pin()?.user_url;
    return url ? new URL(url).host : "alldebrid.com";
  };
  const qr = () => (
    <Show when={pin()} fallback={<div class="qr qr-placeholder" aria-hidden="true" />}>
      {(current) => <QrCode value={current().user_url} label={t("qrLabel")} />}
    </Show>
  );

  return (
    <section class="card signin-pin" classList={{ "with-qr": !phone() }} aria-labelledby="pin-heading">
      <div class="pin-main">
        <h2 id="pin-heading">{t("pinHeading")}</h2>
        <p class="muted pin-steps">{t("pinSteps")}</p>
        <p class="pin-code">
          <span class="visually-hidden">{t("pinLabel")}: </span>
          <strong data-testid={pin() ? "pin" : undefined} aria-busy={pin() ? undefined : "true"}>
            {pin()?.pin ?? "····"}
          </strong>
        </p>
        <Show
          when={pin()}
          fallback={
            <span class="button primary pin-open" aria-disabled="true">
              {t("pinOpen", { host: host() })}
            </span>
          }
        >
          {(current) => (
            <a class="button primary pin-open" href={current().user_url} target="_blank" rel="noopener">
              {t("pinOpen", { host: host() })}
            </a>
          )}
        </Show>
        <p class="muted small pin-status" aria-live="off">
          <Show when={pin()} fallback={t("loadingPin")}>
            {t("expiresIn", { time: formatCountdown(secondsLeft()) })} · <span role="status">{t("waiting")}</span>
          </Show>
        </p>
        <ErrorLine error={error()} />
        <Show when={error() && !pin()}>
          <button type="button" onClick={() => void newPin()}>
            {t("newPin")}
          </button>
        </Show>
      </div>
      <Show
        when={phone()}
        fallback={
          <div class="pin-qr">
            {qr()}
            <p class="muted small">{t("qrHint")}</p>
          </div>
        }
      >
        <details class="pin-qr-later">
          <summary>{t("qrOther")}</summary>
          {qr()}
        </details>
      </Show>
    </section>
  );
}
