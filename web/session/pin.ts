// Sign-in by PIN, the screen's logic: a code from /v4.1/pin/get, /v4.1/pin/check every 1.5 s (and
// at once when asked, as when the app comes back to the front) so an approval is noticed within
// 2 s, a fresh code when this one expires or the check token is refused. Made by the PIN screen
// for as long as it shows; its timers stop with it.
import { onCleanup } from "solid-js";
import { createStore } from "solid-js/store";
import { AllDebridError, type PinGetData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import type { Store } from "../app/store-context";

/** Under 2 s from approval to signed in, with the check's own round trip. */
export const PIN_CHECK_MS = 1_500;

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
  const [state, setState] = createStore<PinState>({ pin: null, expiresAt: 0, now: Date.now(), error: null });
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let checking = false;

  async function newPin(): Promise<void> {
    clearTimeout(checkTimer);
    const mine = ++generation;
    setState({ pin: null, error: null });
    try {
      const fresh = await callApi("/v4.1/pin/get");
      if (mine !== generation) return;
      setState({ pin: fresh, now: Date.now(), expiresAt: Date.now() + fresh.expires_in * 1000 });
      checkTimer = setTimeout(() => void check(mine), PIN_CHECK_MS);
    } catch (error) {
      if (mine === generation) setState("error", error);
    }
  }

  async function check(mine: number): Promise<void> {
    const current = state.pin;
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
      setState({ expiresAt: Date.now() + status.expires_in * 1000, error: null });
    } catch (error) {
      if (mine !== generation) return;
      // An expired or unknown check token cannot recover: start over with a new code.
      if (error instanceof AllDebridError && (error.code === "PIN_EXPIRED" || error.code === "PIN_INVALID")) {
        return void newPin();
      }
      setState("error", error); // a network or server hiccup: say so, and keep checking
    } finally {
      checking = false;
    }
    if (mine === generation) checkTimer = setTimeout(() => void check(mine), PIN_CHECK_MS);
  }

  const clock = setInterval(() => {
    setState("now", Date.now());
    if (state.pin && state.expiresAt <= state.now) void newPin();
  }, 1000);
  onCleanup(() => {
    generation++;
    clearTimeout(checkTimer);
    clearInterval(clock);
  });

  const actions = { newPin, checkNow: () => void check(generation) };
  return [state, actions] as const satisfies Store<PinState, unknown>;
}
