// The Links store's list as its parts change it: links-store.ts makes it, steps.ts takes each link
// from recognition to a download link. Every change to an item is saved to the device soon after.
import type { SetStoreFunction } from "solid-js/store";
import { AllDebridError } from "../../protocol/alldebrid";
import type { ItemErrorInfo, LinkItem } from "./items";

export interface LinksState {
  items: LinkItem[];
  /** When the list shown was saved, while it is the one the device kept rather than this session's. */
  restoredFrom: number | null;
}

export interface LinksList {
  readonly state: LinksState;
  readonly setState: SetStoreFunction<LinksState>;
  /** Saves the list to the device soon (many changes in a row once). */
  saveSoon(): void;
  /** The device's list being read back: links added meanwhile wait for it, so neither hides the other. */
  restoring: Promise<void>;
  /** Items whose delayed link is being waited for, and how to stop waiting when they leave the list. */
  readonly following: Map<string, AbortController>;
}

export function findItem(list: LinksList, key: string): LinkItem | undefined {
  return list.state.items.find((item) => item.key === key);
}

export function updateItem(list: LinksList, key: string, patch: Partial<LinkItem>): void {
  list.setState("items", (item) => item.key === key, patch);
  list.saveSoon();
}

/** Stops waiting for the delayed links of items that leave the list. */
export function stopFollowing(list: LinksList, keys: Iterable<string>): void {
  for (const key of [...keys]) list.following.get(key)?.abort();
}

export function failure(error: unknown): ItemErrorInfo {
  if (error instanceof AllDebridError) return { code: error.code, message: error.message };
  return { code: "NO_NETWORK", message: String(error) };
}

let counter = 0;

/** A key unique in the list. */
export const newKey = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;
