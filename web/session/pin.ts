// Sign-in by PIN, the screen's logic: a code from /v4.1/pin/get, /v4.1/pin/check every 1.5 s (and
// at once when asked, as when the app comes back to the front) so an approval is noticed within
// 2 s, a fresh code when this one expires or the check token is refused. Made by the PIN screen
// for as long as it shows; its timers stop with it.
import { createSignal, onCleanup } from "solid-js";
import { AllDebridError, type PinGetData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import type { Store } from "../app/store-context";

/** Under 2 s from approval to signed in, with the check's own round trip. */
const PIN_CHECK_MS = 1_500;

export interface PinState {
  /** The code shown, null while one is asked for. */
  pin: PinGetData | null;
  /** When the code expires, and the clock the countdown is read against (ticks every second). */
  expiresAt: number;
  now: number;
  /** The last call's failure; a check that fails for the network keeps going. */
  error: unknown;
}

/** `onApikey` gets the key once the code is approved on AllDebrid. */
export function createPinSignIn(onApikey: (key: string) => Promise<void>) {
  // Signals under a read-only state: the sign-in screen loads before the store library is needed.
  const [pin, setPin] = createSignal<PinGetData | null>(null);
  const [expiresAt, setExpiresAt] = createSignal(0);
  const [now, setNow] = createSignal(Date.now());
  const [error, setError] = createSignal<unknown>(null);
  const state: PinState = {
    get pin() {
      return pin();
    },
    get expiresAt() {
      return expiresAt();
    },
    get now() {
      return now();
    },
    get error() {
      return error();
    },
  };
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let checking = false;

  async function newPin(): Promise<void> {
    clock ??= setInterval(tick, 1000);
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
    } catch (error) {
      if (mine === generation) setError(error);
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
        await onApikey(status.apikey);
        return;
      }
      setExpiresAt(Date.now() + status.expires_in * 1000);
      setError(null);
    } catch (error) {
      if (mine !== generation) return;
      // An expired or unknown check token cannot recover: start over with a new code.
      if (error instanceof AllDebridError && (error.code === "PIN_EXPIRED" || error.code === "PIN_INVALID")) {
        return void newPin();
      }
      setError(error); // a network or server hiccup: say so, and keep checking
    } finally {
      checking = false;
    }
    if (mine === generation) checkTimer = setTimeout(() => void check(mine), PIN_CHECK_MS);
  }

  // The clock starts with the first code (newPin, called once the screen is on the page).
  let clock: ReturnType<typeof setInterval> | undefined;
  function tick(): void {
    setNow(Date.now());
    if (pin() && expiresAt() <= now()) void newPin();
  }
  onCleanup(() => {
    generation++;
    clearTimeout(checkTimer);
    clearInterval(clock);
  });

  const actions = { newPin, checkNow: () => void check(generation) };
  return [state, actions] as const satisfies Store<PinState, unknown>;
}
