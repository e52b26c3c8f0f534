/// <reference lib="webworker" />
// The share target's half in the service worker (filled in by the share work).
export {};
