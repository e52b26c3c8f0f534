// The Links store behind its context: `const [state, actions] = useLinks()` on any screen of the
// signed-in account (web/app/store-context.tsx).
import { accountStore } from "../app/store-context";
import { createLinksStore } from "./links-store";

export const useLinks = accountStore("Links", createLinksStore);
