// Magnets added while offline, shown in the list at once: each magnet (or .torrent file) of an
// outbox entry that adds some, with its name and whether it waits, is being sent or failed.
// Once the outbox has sent it, its answer shows the magnet itself until the live feed has it.
import { type ItemError, resolveEndpoint, type UploadedMagnet } from "../../protocol/alldebrid";
import { rememberMagnetHashes } from "../alldebrid";
import { magnetName } from "../hosts/detect";
import type { OutboxEntry } from "../offline/schema";
import { type LiveTarget, showUploaded } from "./live-apply";

export interface PendingAdd {
  /** Unique in the list: the entry and the magnet's place in it. */
  key: string;
  entry: number;
  name: string;
  state: "queued" | "sending" | "failed";
  /** The failed send's error code. */
  error?: string;
  /** How many magnets the entry adds (cancelling it stops them all). */
  together: number;
}

function addsMagnets(entry: OutboxEntry): "magnets" | "files" | null {
  const name = resolveEndpoint(entry.path)?.name;
  if (name === "magnet/upload") return "magnets";
  if (name === "magnet/upload/file") return "files";
  return null;
}

/** The name of a queued magnet: its dn, else its hash. */
function nameOf(magnet: string): string {
  return magnetName(magnet) ?? magnet.replace(/^magnet:\?xt=urn:btih:/i, "").replace(/&.*$/, "");
}

export function pendingAdds(entries: readonly OutboxEntry[]): PendingAdd[] {
  return entries.flatMap((entry) => {
    const kind = addsMagnets(entry);
    if (!kind || entry.id === undefined || entry.state === "sent") return [];
    const magnets = entry.params["magnets[]"];
    const names =
      kind === "files"
        ? (entry.files ?? []).map((file) => file.name.replace(/\.torrent$/i, ""))
        : (Array.isArray(magnets) ? magnets : [magnets]).filter(Boolean).map((magnet) => nameOf(String(magnet)));
    return names.map((name, index) => ({
      key: `${entry.id}:${index}`,
      entry: entry.id!,
      name,
      state: entry.state as PendingAdd["state"],
      error: entry.error,
      together: names.length,
    }));
  });
}

/** What became of an add queued in the outbox: its state there, or "gone" once it left (cancelled, cleared). */
export function queuedAddState(entries: readonly OutboxEntry[], id: number): OutboxEntry["state"] | "gone" {
  return entries.find((entry) => entry.id === id)?.state ?? "gone";
}

/** The uploads the outbox sent since the last look: each answered magnet shown until the live feed has it. */
export function showSentUploads(target: LiveTarget, entries: readonly OutboxEntry[], shown: Set<number>): void {
  for (const entry of entries) {
    if (entry.state !== "sent" || entry.id === undefined || shown.has(entry.id) || !addsMagnets(entry)) continue;
    shown.add(entry.id);
    type Item = Omit<UploadedMagnet, "magnet"> | ItemError;
    const answer = entry.answer as { magnets?: Item[]; files?: Item[] } | undefined;
    const uploaded = [...(answer?.magnets ?? []), ...(answer?.files ?? [])].filter(
      (item): item is Omit<UploadedMagnet, "magnet"> => !("error" in item),
    );
    for (const item of uploaded) showUploaded(target, item);
    void rememberMagnetHashes(uploaded);
  }
}
