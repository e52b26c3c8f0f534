// The Account screen's store behind a context: `const [state, actions] = useAccount()`
// anywhere under the screen (account-store.ts).
import { storeContext } from "../app/store-context";
import { sharedAccountStore } from "./account-store";

export const [AccountProvider, useAccount] = storeContext("Account", sharedAccountStore);
