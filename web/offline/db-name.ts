// The name of the app's IndexedDB database (db.ts opens it; web/boot/head.js, which imports
// nothing, begins to open it by this name too): a page can tell whether the device has one at all
// (indexedDB.databases()) without loading the IndexedDB wrapper.
export const DB_NAME = "debrid";
