// The Saved store behind its context: `const [state, actions] = useSaved()` on any screen of the
// signed-in account (web/app/store-context.tsx).
import { accountStore } from "../app/store-context";
import { createSavedStore } from "./saved-store";

export const useSaved = accountStore("Saved", createSavedStore);
