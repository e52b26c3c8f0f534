// The Links screen's store behind a context: `const [state, actions] = useLinks()` anywhere
// under the screen. The store outlives the screen (links-store.ts): delayed links keep going.
import { storeContext } from "../app/store-context";
import { sharedLinksStore } from "./links-store";

export const [LinksProvider, useLinks] = storeContext("Links", sharedLinksStore);
