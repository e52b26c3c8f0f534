// What the app keeps in the device's IndexedDB, object store by object store: every row's type, in
// one place, for the pages and the service worker alike (web/offline/db.ts opens it).
import type { DBSchema } from "idb";
import type { EndpointPath, RequestParams } from "../../protocol/alldebrid";

export interface DebridDB extends DBSchema {
  /** The last state a screen showed, keyed by screen name, as JSON text (db.ts), with when it was saved. */
  snapshots: { key: string; value: { key: string; value: unknown; savedAt: number } };
  outbox: { key: number; value: OutboxEntry; indexes: { byState: string } };
  shares: { key: string; value: SharedPayload };
  settings: { key: string; value: { key: string; value: unknown } };
}

export type OutboxState = "queued" | "sending" | "sent" | "failed";

/** An action taken while offline: one AllDebrid call, kept until it has been sent once. */
export interface OutboxEntry {
  id?: number;
  /** The call, from which the outbox list says what the user did (outbox-text.ts). */
  path: EndpointPath;
  params: RequestParams;
  files?: Array<{ name: string; data: Blob }>;
  createdAt: number;
  state: OutboxState;
  /** The error code of a failed send; INTERRUPTED when the app closed mid-send. */
  error?: string;
  sentAt?: number;
  /**
   * What AllDebrid answered once sent (the data of the envelope), for the screen that queued it:
   * the Links screen shows a queued unlock's link from it, the Magnets screen a queued add.
   */
  answer?: unknown;
}

/**
 * What a share to the app carries, as the service worker (or the share screen itself, for a
 * magnet: link or an opened .torrent) stores it until the user has dealt with it.
 */
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
