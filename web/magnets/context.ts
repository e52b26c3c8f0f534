// The magnets screen's stores behind their context, on any screen of the signed-in account
// (web/app/store-context.tsx): `const [state, actions] = useMagnets()` for the list,
// `const [steps, actions] = useMagnetFiles()` for the magnets' files and their unlocks.
import { accountStore } from "../app/store-context";
import { createMagnetFilesStore } from "./magnet-files";
import { createMagnetsStore } from "./magnets-store";

export const useMagnets = accountStore("Magnets", createMagnetsStore);
export const useMagnetFiles = accountStore("MagnetFiles", createMagnetFilesStore);
