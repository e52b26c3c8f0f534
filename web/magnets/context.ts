// The magnets store behind its context: `const [state, actions] = useMagnets()` on any screen of
// the signed-in account (web/app/store-context.tsx).
import { accountStore } from "../app/store-context";
import { createMagnetsStore } from "./magnets-store";

export const useMagnets = accountStore("Magnets", createMagnetsStore);
