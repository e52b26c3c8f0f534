// The name of the app's IndexedDB database (db.ts opens it): a page can tell whether the device
// has one at all (indexedDB.databases()) without loading the IndexedDB wrapper.
export const DB_NAME = "debrid";
