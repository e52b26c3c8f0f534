// The magnets store behind a context: `const [state, actions] = useMagnets()` anywhere under
// the magnets screen. The store itself outlives the screen (see sharedMagnetsStore); the
// actions are the writes (magnet-writes.ts) and "retry now" of the live connection.
import { storeContext } from "../app/store-context";
import { magnetWrites } from "./magnet-writes";
import { sharedMagnetsStore } from "./magnets-store";

function magnetsScreenStore() {
  const store = sharedMagnetsStore();
  return { state: store.state, actions: { ...magnetWrites(store), retryNow: store.actions.retryNow } };
}

export type MagnetsActions = ReturnType<typeof magnetsScreenStore>["actions"];

export const [MagnetsProvider, useMagnets] = storeContext("Magnets", magnetsScreenStore);
