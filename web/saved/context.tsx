// The Saved screen's store behind a context: `const [state, actions] = useSaved()` anywhere
// under the screen (saved-store.ts).
import { storeContext } from "../app/store-context";
import { sharedSavedStore } from "./saved-store";

export const [SavedProvider, useSaved] = storeContext("Saved", sharedSavedStore);
