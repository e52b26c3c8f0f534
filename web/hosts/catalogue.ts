// The hosts catalogue on the device (/v4.1/hosts: hosts, streams, redirectors and their regexps),
// kept in IndexedDB so links are recognised at once and offline. Refreshed when a few hours old,
// as AllDebrid asks; a failed refresh keeps the last known catalogue.
import { createSignal } from "solid-js";
import type { HostsData } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { loadSnapshot, saveSnapshot } from "../offline/db";

const FRESH_FOR_MS = 6 * 60 * 60 * 1000;

const [hostsCatalogue, setHostsCatalogue] = createSignal<HostsData | null>(null);
const [hostsSavedAt, setHostsSavedAt] = createSignal<number | null>(null);

/** The catalogue in use (null until one is on the device) and when it was fetched. */
export { hostsCatalogue, hostsSavedAt };

let loading: Promise<HostsData | null> | undefined;

/** The catalogue: from the device when fresh, else from the network; `force` always asks. */
export function loadHosts(force = false): Promise<HostsData | null> {
  if (force) loading = undefined;
  loading ??= fetchHosts(force).finally(() => {
    loading = undefined;
  });
  return loading;
}

async function fetchHosts(force: boolean): Promise<HostsData | null> {
  const saved = await loadSnapshot<HostsData>("hosts").catch(() => undefined);
  if (saved && !hostsCatalogue()) {
    setHostsCatalogue(saved.value);
    setHostsSavedAt(saved.savedAt);
  }
  if (saved && !force && Date.now() - saved.savedAt < FRESH_FOR_MS) return saved.value;
  try {
    const fresh = await callApi("/v4.1/hosts", {}, { method: "GET" });
    setHostsCatalogue(fresh);
    setHostsSavedAt(Date.now());
    await saveSnapshot("hosts", fresh);
    return fresh;
  } catch (error) {
    if (saved) return saved.value;
    throw error;
  }
}
