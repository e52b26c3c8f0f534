// The cleanup rules' store behind its context, on any screen of the signed-in account
// (web/app/store-context.tsx): `const [cleanup, actions] = useCleanup()`.
import { accountStore } from "../app/store-context";
import { createCleanupStore } from "./cleanup-store";

export const useCleanup = accountStore("Cleanup", createCleanupStore);
