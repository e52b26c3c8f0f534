// Whether the device can reach the network, decided one way for the whole app: a signal that
// follows the browser's online/offline events, and which failed call means "not reachable now".
import { createSignal } from "solid-js";
import { AllDebridError } from "../../protocol/alldebrid";

const [online, setOnline] = createSignal(globalThis.navigator?.onLine ?? true);

if (typeof window !== "undefined") {
  window.addEventListener("online", () => setOnline(true));
  window.addEventListener("offline", () => setOnline(false));
}

export { online };

/**
 * A call that never reached a server: the request itself failed (the client reports it as
 * UPSTREAM_UNAVAILABLE with no HTTP status). Worth sending again later, unlike a refusal.
 */
export function isUnreachable(error: unknown): boolean {
  return error instanceof AllDebridError && error.code === "UPSTREAM_UNAVAILABLE" && error.status === 0;
}
