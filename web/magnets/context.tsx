// The magnets store behind a context: `const [state, actions] = useMagnets()` anywhere under
// the magnets screen. The store itself outlives the screen (see sharedMagnetsStore).
import { createContext, type JSX, useContext } from "solid-js";
import { magnetWrites } from "./magnet-writes";
import { type MagnetsState, sharedMagnetsStore } from "./magnets-store";

function createActions() {
  const store = sharedMagnetsStore();
  return { store, actions: { ...magnetWrites(store), retryNow: store.actions.retryNow } };
}

export type MagnetsActions = ReturnType<typeof createActions>["actions"];

const MagnetsContext = createContext<[MagnetsState, MagnetsActions]>();

export function MagnetsProvider(props: { children: JSX.Element }): JSX.Element {
  const { store, actions } = createActions();
  return <MagnetsContext.Provider value={[store.state, actions]}>{props.children}</MagnetsContext.Provider>;
}

export function useMagnets(): [MagnetsState, MagnetsActions] {
  const magnets = useContext(MagnetsContext);
  if (!magnets) throw new Error("useMagnets() needs a <MagnetsProvider> above it");
  return magnets;
}
