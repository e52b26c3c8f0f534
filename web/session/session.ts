// The signed-in account on this device: its apikey (kept in IndexedDB, never in a URL) and
// its user data. Signing out (the one signOut, in Settings) wipes everything the app stored on
// the device, but for the key of a made-up sandbox account.
import { createSignal } from "solid-js";
import type { User } from "../../protocol/alldebrid";
import { leave } from "../notifications/device-push";
import { getSetting, loadSnapshot, saveSnapshot, setSetting, wipeDevice } from "../offline/db";
import { rememberSandboxKey } from "./sandbox-account";

const [apikey, setApikeySignal] = createSignal<string | null>(null);
const [user, setUser] = createSignal<User | null>(null);
const [ready, setReady] = createSignal(false);

export { apikey, ready, user };

/** Reads the saved session; the app shows its last known state before any network call. */
export async function restoreSession(): Promise<void> {
  try {
    setApikeySignal((await getSetting<string>("apikey")) ?? null);
    setUser((await loadSnapshot<User>("user"))?.value ?? null);
  } finally {
    setReady(true);
  }
}

export async function signIn(key: string, account?: User): Promise<void> {
  // Another account signing in on this device (from /signin, without signing out) must not see
  // the last one's saved screens, nor send its queued writes with the new key.
  const previous = apikey() ?? (await getSetting<string>("apikey"));
  if (previous && previous !== key) await wipeDevice();
  await setSetting("apikey", key);
  setApikeySignal(key);
  if (account) await rememberUser(account);
}

export async function rememberUser(account: User): Promise<void> {
  setUser(account);
  await saveSnapshot("user", account);
}

/**
 * Forgets the account, wipes the device, and starts again on /signin: a full load, so no store,
 * timer or live connection of the old account survives in memory.
 */
export async function signOut(): Promise<void> {
  const key = apikey();
  // This device stops getting the account's notifications (told with the key, before it goes).
  if (key) await Promise.race([leave(key), new Promise((resolve) => setTimeout(resolve, 3000))]);
  setApikeySignal(null);
  setUser(null);
  await wipeDevice();
  // A made-up sandbox account is no one's: the sign-in screen may offer to come back to it.
  rememberSandboxKey(key);
  location.replace("/signin");
}
