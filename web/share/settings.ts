// The two share settings (kept with the app's settings in IndexedDB): add shared magnets and
// torrents at once, unlock shared links at once. Both off until the user turns them on.
import { createSignal } from "solid-js";
import { getSetting, setSetting } from "../offline/db";

const AUTO_ADD_MAGNETS = "share.autoAddMagnets";
const AUTO_UNLOCK_LINKS = "share.autoUnlockLinks";

const [autoAddMagnets, setAutoAdd] = createSignal(false);
const [autoUnlockLinks, setAutoUnlock] = createSignal(false);

export { autoAddMagnets, autoUnlockLinks };

export async function loadShareSettings(): Promise<void> {
  setAutoAdd((await getSetting<boolean>(AUTO_ADD_MAGNETS)) ?? false);
  setAutoUnlock((await getSetting<boolean>(AUTO_UNLOCK_LINKS)) ?? false);
}

export async function setAutoAddMagnets(on: boolean): Promise<void> {
  setAutoAdd(on);
  await setSetting(AUTO_ADD_MAGNETS, on);
}

export async function setAutoUnlockLinks(on: boolean): Promise<void> {
  setAutoUnlock(on);
  await setSetting(AUTO_UNLOCK_LINKS, on);
}
