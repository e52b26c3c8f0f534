// "Keep a copy on the device", written once for every store: the copy is read back at start (the
// screen shows it before the network answers), saved now or soon (many changes in a row once),
// and saved at once when the page is hidden or closed, so a reload never loses the last changes.
// Made inside a store, it stops with it: a save still waiting is dropped when the account leaves.
import { onCleanup } from "solid-js";
import { loadSnapshot, saveSnapshot } from "./db";

type Kept = { value: unknown; savedAt: number } | undefined;

/** Copies asked for before their store exists (primeDeviceCopy): each store's first read takes its own. */
const primed = new Map<string, { reading: Promise<Kept>; offPage: boolean }>();

/**
 * Starts reading a store's copy now, for the store about to be made (a screen's start), once.
 * For a screen drawn off the page (a start over the last frame, web/app/start.tsx), the store gets
 * it a task after it asks, however soon it was read: the store is made as its screen renders, and
 * showing a thousand magnets is a task's worth of work of its own, not more of the render's. On
 * the page, at once: a screen shown without its list for a frame would move when it came.
 */
export function primeDeviceCopy(key: string, { offPage = false } = {}): void {
  if (primed.has(key)) return;
  primed.set(key, { reading: loadSnapshot(key).catch(() => undefined), offPage });
}

function aTaskLater<T>(read: Promise<T>): Promise<T> {
  return read.then((value) => new Promise((resolve) => setTimeout(() => resolve(value))));
}

export interface DeviceCopy<T> {
  /** What the device kept and when, or undefined (nothing kept, or the device could not read it). */
  read(): Promise<{ value: T; savedAt: number } | undefined>;
  /** Saves what `current` returns now. */
  save(): Promise<void>;
  /** Saves within `delayMs`: every change until then is saved together. */
  saveSoon(): void;
}

/** `current` returns the plain data to keep (IndexedDB cannot clone a store's proxies: unwrap them). */
export function deviceCopy<T>(key: string, current: () => T, delayMs = 1_000): DeviceCopy<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    return saveSnapshot(key, current());
  };
  const flush = () => {
    if (timer !== undefined) void save();
  };
  const flushWhenHidden = () => {
    if (document.visibilityState === "hidden") flush();
  };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", flushWhenHidden);
  onCleanup(() => {
    clearTimeout(timer);
    timer = undefined;
    window.removeEventListener("pagehide", flush);
    document.removeEventListener("visibilitychange", flushWhenHidden);
  });
  return {
    read: () => {
      const early = primed.get(key);
      primed.delete(key);
      if (!early) return loadSnapshot<T>(key).catch(() => undefined);
      const reading = early.reading as Promise<{ value: T; savedAt: number } | undefined>;
      return early.offPage ? aTaskLater(reading) : reading;
    },
    save,
    saveSoon: () => {
      timer ??= setTimeout(() => void save(), delayMs);
    },
  };
}
