// The Stremio store behind its context: `const [state, actions] = useStremio()` on any screen of
// the signed-in account (web/app/store-context.tsx).
import { accountStore } from "../app/store-context";
import { createStremioStore } from "./stremio-store";

export const useStremio = accountStore("Stremio", createStremioStore);
