// The signed-in account on this device: its apikey (kept in IndexedDB, never in a URL) and
// its user data. Signing out (the one signOut, in Settings) wipes everything the app stored on
// the device, but for the key of a made-up sandbox account. A "session" mark in localStorage
// tells web/boot/head.js, before any code loads, whether the device holds a session. The
// IndexedDB code loads with the first read or write, not with this module (a stranger's sign-in
// screen needs neither before a key is there).
import { createSignal } from "solid-js";
import type { User } from "../../protocol/alldebrid";
import { waitAtMost } from "../app/wait-at-most";
import { rememberSandboxKey } from "./sandbox-account";

const [apikey, setApikeySignal] = createSignal<string | null>(null);
const [user, setUser] = createSignal<User | null>(null);
const [ready, setReady] = createSignal(false);

export { apikey, ready, user };

const SESSION_MARK = "session";

const device = () => import("../offline/db");

/** Reads the saved session; the app shows its last known state before any network call. */
export async function restoreSession(): Promise<void> {
  try {
    const { getSetting, loadSnapshot } = await device();
    const [key, account] = await Promise.all([getSetting<string>("apikey"), loadSnapshot<User>("user")]);
    setApikeySignal(key ?? null);
    setUser(account?.value ?? null);
    mark(apikey() !== null);
  } finally {
    setReady(true);
  }
}

export async function signIn(key: string, account?: User): Promise<void> {
  const { getSetting, setSetting, wipeDevice } = await device();
  // Another account signing in on this device (from /signin, without signing out) must not see
  // the last one's saved screens, nor send its queued writes with the new key.
  const previous = apikey() ?? (await getSetting<string>("apikey"));
  if (previous && previous !== key) await wipeDevice();
  await setSetting("apikey", key);
  mark(true);
  setApikeySignal(key);
  if (account) await rememberUser(account);
}

export async function rememberUser(account: User): Promise<void> {
  setUser(account);
  await (await device()).saveSnapshot("user", account);
}

/**
 * Forgets the account, wipes the device, and starts again on /signin: a full load, so no store,
 * timer or live connection of the old account survives in memory.
 */
export async function signOut(): Promise<void> {
  const key = apikey();
  // This device stops getting the account's notifications (told with the key, before it goes).
  if (key) {
    const { leave } = await import("../notifications/device-push");
    await waitAtMost(leave(key), 3000);
  }
  setApikeySignal(null);
  setUser(null);
  // At once, before the wipe (which may wait for other tabs to let go of the database): a tab
  // opened meanwhile is a stranger's.
  mark(false);
  // It clears the rest of localStorage too.
  await (await device()).wipeDevice();
  // A made-up sandbox account is no one's: the sign-in screen may offer to come back to it.
  rememberSandboxKey(key);
  location.replace("/signin");
}

function mark(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SESSION_MARK, "1");
    else localStorage.removeItem(SESSION_MARK);
  } catch {
    // Storage blocked: every load then starts as a stranger's and finds the session in IndexedDB.
  }
}
