// A screen's store lives as long as the app (switching tabs keeps its data, sockets and timers)
// but belongs to one account: it starts for each account that signs in and resets when that
// account signs out or another signs in, so no screen ever shows another account's data.
import { createEffect, createRoot, on, onCleanup } from "solid-js";
import { apikey } from "./session";

export interface AccountScoped {
  /** The account `apikey` signed in: show what the device kept for it, open what it needs. */
  start(apikey: string): void;
  /** The account left: forget what is in memory (the device's copy goes with signOut). */
  reset(): void;
}

/** The store `create` makes, made once, on first use, and kept in step with the signed-in account. */
export function perAccount<T extends AccountScoped>(create: () => T): () => T {
  let store: T | undefined;
  return () => {
    store ??= createRoot(() => {
      const created = create();
      createEffect(
        on(apikey, (key) => {
          if (key) created.start(key);
          onCleanup(() => created.reset());
        }),
      );
      return created;
    });
    return store;
  };
}
