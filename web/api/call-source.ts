// Where the app's AllDebrid calls start from: the user's answer, in Settings, to "When AllDebrid
// refuses a server". Kept on this device; web/api/client.ts reads it for every call.
import { createSignal } from "solid-js";

/** edge: always through the deployment; device: straight to the upstream first; auto: edge, then device on NO_SERVER. */
export type CallSource = "edge" | "device" | "auto";

export const CALL_SOURCES: readonly CallSource[] = ["auto", "edge", "device"];

/** The localStorage key; devices already hold the choice under this name. */
const SAVED_AS = "route";

function savedCallSource(): CallSource {
  const saved = globalThis.localStorage?.getItem(SAVED_AS);
  return CALL_SOURCES.find((source) => source === saved) ?? "auto";
}

const [callSource, setCallSourceSignal] = createSignal<CallSource>(savedCallSource());

export { callSource };

export function setCallSource(next: CallSource): void {
  localStorage.setItem(SAVED_AS, next);
  setCallSourceSignal(next);
}
