// Where the app's AllDebrid calls start from: the user's answer, in Settings, to "When AllDebrid
// refuses a server". Kept on this device; web/api/client.ts reads it for every call.
import { createSignal } from "solid-js";
import { resolveEndpoint } from "../../protocol/alldebrid";

/**
 * edge: always through the deployment; device: straight to the upstream first; auto: per
 * endpoint, the calls AllDebrid refuses from servers (magnet/upload, magnet/upload/file,
 * link/unlock: `deviceOnly` in the endpoint table) from the device first when the upstream is the
 * real service, everything else through the deployment, then from the device on NO_SERVER.
 */
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

/**
 * Where one call goes first. In "auto", a call AllDebrid refuses from servers goes from the device
 * first against the real service: through the edge it would cost an upstream call and a budget
 * slot only to be refused (HTTP 403 NO_SERVER). The sandbox stands in for the service on the
 * deployment itself, so there the edge goes first and its server refusal can be tried.
 */
export function firstRoute(path: string, source: CallSource, upstream: "sandbox" | "alldebrid"): "edge" | "device" {
  if (source !== "auto") return source;
  return upstream === "alldebrid" && resolveEndpoint(path)?.deviceOnly === true ? "device" : "edge";
}
