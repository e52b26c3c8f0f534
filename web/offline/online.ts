// Whether the device believes it is online, as a signal that follows the browser's events.
import { createSignal } from "solid-js";

const [online, setOnline] = createSignal(globalThis.navigator?.onLine ?? true);

if (typeof window !== "undefined") {
  window.addEventListener("online", () => setOnline(true));
  window.addEventListener("offline", () => setOnline(false));
}

export { online };
