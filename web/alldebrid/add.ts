// Adding magnets (links or info hashes) and .torrent files to the account: one outcome per
// magnet, whether it was added (ready at once, or already among the account's magnets), waits
// in the outbox, or was refused. Several inputs that are one magnet are said once.
import { AllDebridError, type DataOf, type ItemError, isItemError, type UploadFile } from "../../protocol/alldebrid";
import type { MagnetsSnapshot } from "../../protocol/live";
import { loadSnapshot } from "../offline/db";
import { rememberMagnetHashes, uploadedMagnetIds } from "./magnet-hashes";
import { type Sent, sendOrQueue } from "./send-or-queue";

/** A magnet or .torrent file as the upload answered it: shown until the live feed has it whole. */
export interface UploadedMagnet {
  id: number;
  name: string;
  size: number;
  ready: boolean;
  /** The info hash, lower-case hex, as AllDebrid gave it. */
  hash: string;
}

/** `input` is the line or file name as given; `already`: the account had this magnet before. */
export type Added =
  | { input: string; ok: true; queued: false; magnet: UploadedMagnet; already: boolean }
  | { input: string; ok: true; queued: true; entry: number }
  | { input: string; ok: false; error: unknown };

export interface AddOptions {
  /** The ids of the account's magnets on screen now; by default, the magnets list kept on this device. */
  shownIds?: () => Iterable<number>;
}

/** Adds magnet links or hashes in one call. */
export async function addMagnets(magnets: string[], options: AddOptions = {}): Promise<Added[]> {
  return outcomes(
    magnets,
    () => sendOrQueue("/v4.1/magnet/upload", { "magnets[]": magnets }),
    (data) => data.magnets.map((item) => [item.magnet, item]),
    options,
  );
}

/** Adds .torrent files in one call. */
export async function addTorrents(files: UploadFile[], options: AddOptions = {}): Promise<Added[]> {
  return outcomes(
    files.map((file) => file.name),
    () => sendOrQueue("/v4.1/magnet/upload/file", {}, files),
    (data) => data.files.map((item) => [item.file, item]),
    options,
  );
}

type Answered = Omit<UploadedMagnet, "hash"> & { hash?: string };

async function outcomes<P extends "/v4.1/magnet/upload" | "/v4.1/magnet/upload/file">(
  inputs: string[],
  send: () => Promise<Sent<P>>,
  itemsOf: (data: DataOf<P>) => Array<[input: string, item: Answered | ItemError]>,
  options: AddOptions,
): Promise<Added[]> {
  // Read before the upload: the live feed may bring what this call adds before its answer does.
  const known = await magnetsKnownNow(options);
  let sent: Sent<P>;
  try {
    sent = await send();
  } catch (error) {
    return inputs.map((input) => ({ input, ok: false, error }));
  }
  if (sent.queued) return inputs.map((input) => ({ input, ok: true, queued: true, entry: sent.entry }));
  const seen = new Set<number>();
  const added: Added[] = [];
  for (const [input, item] of itemsOf(sent.data)) {
    if (isItemError(item)) {
      added.push({ input, ok: false, error: new AllDebridError(item.error.code, item.error.message) });
      continue;
    }
    // Two inputs for one magnet (its link and its hash): AllDebrid answers the same id twice.
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const magnet = { id: item.id, name: item.name, size: item.size, ready: item.ready, hash: item.hash ?? "" };
    added.push({ input, ok: true, queued: false, magnet, already: known(item.id) });
  }
  void rememberMagnetHashes(added.flatMap((outcome) => (outcome.ok && !outcome.queued ? [outcome.magnet] : [])));
  // One outcome per input, even when the answer left one out.
  for (const input of inputs.slice(itemsOf(sent.data).length)) {
    added.push({ input, ok: false, error: new AllDebridError("MAGNET_UPLOAD_FAILED") });
  }
  return added;
}

/** The account's magnets this device knows now: its list, and what it uploaded before the list caught up. */
async function magnetsKnownNow(options: AddOptions): Promise<(id: number) => boolean> {
  const shown = options.shownIds
    ? new Set(options.shownIds())
    : new Set((await loadSnapshot<MagnetsSnapshot>("magnets").catch(() => undefined))?.value.magnets.map((m) => m.id));
  const uploaded = await uploadedMagnetIds();
  return (id) => shown.has(id) || uploaded.has(id);
}
