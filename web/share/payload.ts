// What a share to the app carries, as the service worker (or the share screen itself, for a
// magnet: link or an opened .torrent) stores it in IndexedDB until the user has dealt with it.

export interface SharedPayload {
  id: string;
  receivedAt: number;
  title: string;
  text: string;
  url: string;
  files: Array<{ name: string; type: string; data: Blob }>;
  /**
   * What the user already did with each item (by item key), so a reload neither loses the share
   * nor sends an item twice. "started" means the call went out but its answer was not seen.
   */
  progress?: Record<string, ItemProgress>;
  /** Links a redirector gave back, by the redirector item's key: they become items of their own. */
  expanded?: Record<string, string[]>;
}

export type ItemProgress = "started" | "done" | "queued";
