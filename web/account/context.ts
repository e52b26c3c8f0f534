// The Account store behind its context: `const [state, actions] = useAccount()` on any screen of
// the signed-in account (web/app/store-context.tsx).
import { accountStore } from "../app/store-context";
import { createAccountStore } from "./account-store";

export const useAccount = accountStore("Account", createAccountStore);
