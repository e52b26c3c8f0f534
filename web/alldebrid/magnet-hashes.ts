// The info hash of each magnet, by id, for "Copy magnet link" and "Copy hash": from the magnet
// itself when AllDebrid's answer carries it, else remembered on this device from the uploads'
// answers (which always do). Kept in IndexedDB with the rest of the account's state.
import { createSignal } from "solid-js";
import { loadSnapshot, saveSnapshot } from "../offline/db";

const SNAPSHOT = "magnet-hashes";

const [hashes, setHashes] = createSignal<Record<number, string>>({});
let loading: Promise<void> | undefined;

/** Reads what the device remembers (once). */
export function loadMagnetHashes(): Promise<void> {
  loading ??= loadSnapshot<Record<number, string>>(SNAPSHOT).then(
    (saved) => {
      if (saved) setHashes((known) => ({ ...saved.value, ...known }));
    },
    () => undefined,
  );
  return loading;
}

/** Remembers the hashes of magnets just uploaded. */
export async function rememberMagnetHashes(magnets: ReadonlyArray<{ id: number; hash?: string }>): Promise<void> {
  const fresh = magnets.filter((magnet): magnet is { id: number; hash: string } => Boolean(magnet.hash));
  if (fresh.length === 0) return;
  await loadMagnetHashes();
  const next = { ...hashes() };
  for (const magnet of fresh) next[magnet.id] = magnet.hash.toLowerCase();
  setHashes(next);
  await saveSnapshot(SNAPSHOT, next);
}

/** The ids of the magnets this device uploaded (and remembers the hash of). */
export async function uploadedMagnetIds(): Promise<Set<number>> {
  await loadMagnetHashes();
  return new Set(Object.keys(hashes()).map(Number));
}

/** A magnet's info hash, when it is known. */
export function hashOf(magnet: { id: number; hash?: string }): string | undefined {
  return magnet.hash?.toLowerCase() ?? hashes()[magnet.id];
}

/** The magnet link of a magnet, named after it. */
export function magnetLinkOf(hash: string, name: string): string {
  return `magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(name)}`;
}
