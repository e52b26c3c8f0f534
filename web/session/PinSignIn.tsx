// Sign-in by PIN: the code shown large with a link and a QR code of user_url, a countdown from
// expires_in, /v4.1/pin/check every 5 s, and a fresh code when this one expires.

import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { AllDebridError, type PinGetData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import { QrCode } from "./QrCode";
import { formatCountdown, t } from "./strings";

const CHECK_EVERY_MS = 5_000;

export function PinSignIn(props: { onApikey: (key: string) => Promise<void> }) {
  const [pin, setPin] = createSignal<PinGetData | null>(null);
  const [expiresAt, setExpiresAt] = createSignal(0);
  const [now, setNow] = createSignal(Date.now());
  const [error, setError] = createSignal<unknown>(null);
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

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
      checkTimer = setTimeout(() => void check(mine), CHECK_EVERY_MS);
    } catch (e) {
      if (mine === generation) setError(e);
    }
  }

  async function check(mine: number): Promise<void> {
    const current = pin();
    if (!current || mine !== generation) return;
    try {
      const status = await callApi("/v4.1/pin/check", { pin: current.pin, check: current.check });
      if (mine !== generation) return;
      if (status.activated && status.apikey) {
        generation++;
        await props.onApikey(status.apikey);
        return;
      }
      setExpiresAt(Date.now() + status.expires_in * 1000);
    } catch (e) {
      if (mine !== generation) return;
      // An expired or unknown check token cannot recover: start over with a new code.
      if (e instanceof AllDebridError && (e.code === "PIN_EXPIRED" || e.code === "PIN_INVALID")) return void newPin();
      setError(e); // a network or server hiccup: say so, and keep checking
      checkTimer = setTimeout(() => void check(mine), CHECK_EVERY_MS);
      return;
    }
    setError(null);
    checkTimer = setTimeout(() => void check(mine), CHECK_EVERY_MS);
  }

  onMount(() => void newPin());
  const clock = setInterval(() => {
    setNow(Date.now());
    if (pin() && secondsLeft() === 0) void newPin();
  }, 1000);
  onCleanup(() => {
    generation++;
    clearTimeout(checkTimer);
    clearInterval(clock);
  });

  const host = () => {
    const url = pin()?.user_url;
    return url ? new URL(url).host : "";
  };

  return (
    <section class="card signin-pin" aria-labelledby="pin-heading">
      <h2 id="pin-heading">{t("pinHeading")}</h2>
      <ErrorLine error={error()} />
      <Show
        when={pin()}
        fallback={
          <Show
            when={!error()}
            fallback={
              <button type="button" onClick={() => void newPin()}>
                {t("newPin")}
              </button>
            }
          >
            <p class="muted">{t("loadingPin")}</p>
          </Show>
        }
      >
        {(current) => (
          <>
            <p class="muted">{t("pinSteps")}</p>
            <p class="pin-code">
              <span class="visually-hidden">{t("pinLabel")}: </span>
              <strong data-testid="pin">{current().pin}</strong>
            </p>
            <p>
              <a href={current().user_url} target="_blank" rel="noopener">
                {t("pinOpen", { host: host() })}
              </a>
            </p>
            <QrCode value={current().user_url} label={t("qrLabel")} />
            <p class="muted" aria-live="off">
              {t("expiresIn", { time: formatCountdown(secondsLeft()) })}
            </p>
            <p class="muted" role="status">
              {t("waiting")}
            </p>
            <button type="button" onClick={() => void newPin()}>
              {t("newPin")}
            </button>
          </>
        )}
      </Show>
    </section>
  );
}
