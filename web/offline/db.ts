// The device's IndexedDB (through idb): the last known state of each screen, the outbox of
// actions taken offline, shares waiting to be read, and settings. Shared by the pages and the
// service worker; signing out deletes the whole database.
import { deleteDB, type IDBPDatabase, openDB, wrap } from "idb";
import { waitAtMost } from "../app/wait-at-most";
import { DB_NAME } from "./db-name";
import type { DebridDB } from "./schema";

const VERSION = 1;

let opening: Promise<IDBPDatabase<DebridDB>> | undefined;

export function db(): Promise<IDBPDatabase<DebridDB>> {
  opening ??= takeOpened() ?? open();
  return opening;
}

function open(): Promise<IDBPDatabase<DebridDB>> {
  return openDB<DebridDB>(DB_NAME, VERSION, {
    upgrade(database) {
      database.createObjectStore("snapshots", { keyPath: "key" });
      const outbox = database.createObjectStore("outbox", { keyPath: "id", autoIncrement: true });
      outbox.createIndex("byState", "state");
      database.createObjectStore("shares", { keyPath: "id" });
      database.createObjectStore("settings", { keyPath: "key" });
    },
    blocking(_current, _next, event) {
      letGo(event.target as IDBDatabase);
    },
  });
}

/**
 * Another tab or the service worker wants to delete (sign-out) or upgrade the database: let go,
 * and reopen on the next use.
 */
function letGo(database: IDBDatabase): void {
  database.close();
  opening = undefined;
}

/**
 * The connection web/boot/head.js began to open as the page started (a device with a session),
 * taken once; where it failed (no database yet, none of this version), the app opens its own.
 */
function takeOpened(): Promise<IDBPDatabase<DebridDB>> | undefined {
  const page = globalThis as { openingDatabase?: IDBOpenDBRequest };
  const request = page.openingDatabase;
  if (!request) return undefined;
  page.openingDatabase = undefined;
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const settle = () => (request.error ? reject(request.error) : resolve(request.result));
    if (request.readyState === "done") settle();
    else {
      request.addEventListener("success", settle);
      request.addEventListener("error", settle);
    }
  });
  return opened.then((database) => {
    if (database.version !== VERSION) {
      database.close();
      return open();
    }
    database.onversionchange = () => letGo(database);
    return wrap(database) as IDBPDatabase<DebridDB>;
  }, open);
}

/**
 * A screen's state is kept as JSON text: IndexedDB hands one string back, and JSON.parse reads a
 * thousand magnets, far faster than IndexedDB rebuilds a thousand objects (a phone's main thread
 * was blocked 50 ms by that alone at each start).
 */
export async function saveSnapshot(key: string, value: unknown): Promise<void> {
  await (await db()).put("snapshots", { key, value: JSON.stringify(value), savedAt: Date.now() });
}

export async function loadSnapshot<T>(key: string): Promise<{ value: T; savedAt: number } | undefined> {
  const row = await (await db()).get("snapshots", key);
  if (!row) return undefined;
  // A copy kept by an older version of the app is the objects themselves.
  const value = typeof row.value === "string" ? JSON.parse(row.value) : row.value;
  return { value: value as T, savedAt: row.savedAt };
}

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await (await db()).get("settings", key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await (await db()).put("settings", { key, value });
}

const OBJECT_STORES = ["snapshots", "outbox", "shares", "settings"] as const;

/**
 * Wipes everything this app stored on the device. Every object store is emptied first, so nothing is
 * left even if a connection somewhere keeps the database from being deleted at once.
 */
export async function wipeDevice(): Promise<void> {
  const database = await db();
  const tx = database.transaction(OBJECT_STORES, "readwrite");
  await Promise.all([...OBJECT_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
  opening = undefined;
  database.close();
  const deleted = deleteDB(DB_NAME);
  await waitAtMost(deleted, 2000);
  // The service worker imports this module too, and has no localStorage.
  (globalThis as { localStorage?: { clear(): void } }).localStorage?.clear();
}
