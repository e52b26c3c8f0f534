// Adding magnets (links or info hashes) and .torrent files to the account: one outcome per
// magnet, whether it was added (ready at once, or already among the account's magnets), waits
// in the outbox or in the account's line, or was refused (added.ts). Several inputs that are one
// magnet are said once. AllDebrid's caps (30 processing, 1000 in all) are met as caps.ts says,
// and the deployment is told of what was added, so it keeps the hashes and every device sees it.

import { AllDebridError, type DataOf, type ItemError, isItemError, type UploadFile } from "../../protocol/alldebrid";
import type { AddedMagnetsBody } from "../../protocol/api-bodies";
import type { MagnetsSnapshot } from "../../protocol/live";
import { parseTorrent } from "../../protocol/torrent";
import { appApi } from "../api/app-api";
import { magnetName } from "../hosts/detect";
import { loadSnapshot } from "../offline/db";
import { apikey } from "../session/session";
import type { Added, UploadedMagnet } from "./added";
import { withinCaps } from "./caps";
import { magnetLinkOf, rememberMagnetHashes, uploadedMagnetIds } from "./magnet-hashes";
import { type Sent, sendOrQueue } from "./send-or-queue";

export interface AddOptions {
  /** The ids of the account's magnets on screen now; by default, the magnets list kept on this device. */
  shownIds?: () => Iterable<number>;
  /** False for an add that is itself the caps' answer (a resend, or the line sending): no caps again. */
  caps?: boolean;
}

/** Adds magnet links or hashes in one call. */
export async function addMagnets(magnets: string[], options: AddOptions = {}): Promise<Added[]> {
  const added = await outcomes(
    magnets,
    () => sendOrQueue("/v4.1/magnet/upload", { "magnets[]": magnets }),
    (data) => data.magnets.map((item) => [item.magnet, item]),
    options,
  );
  if (options.caps === false) return added;
  return withinCaps(added, {
    resend: (inputs) => addMagnets(inputs, { ...options, caps: false }),
    lineEntry: async (input) => ({ magnet: input.trim(), name: magnetName(input) ?? input.trim() }),
  });
}

/** Adds .torrent files in one call. */
export async function addTorrents(files: UploadFile[], options: AddOptions = {}): Promise<Added[]> {
  const added = await outcomes(
    files.map((file) => file.name),
    () => sendOrQueue("/v4.1/magnet/upload/file", {}, files),
    (data) => data.files.map((item) => [item.file, item]),
    options,
  );
  if (options.caps === false) return added;
  const fileNamed = (name: string) => files.find((file) => file.name === name);
  return withinCaps(added, {
    resend: (inputs) =>
      addTorrents(
        files.filter((file) => inputs.includes(file.name)),
        { ...options, caps: false },
      ),
    lineEntry: async (input) => torrentAsMagnet(fileNamed(input)),
  });
}

/** A .torrent file as the magnet link of its info hash and name, to wait in the line. */
async function torrentAsMagnet(file: UploadFile | undefined): Promise<{ magnet: string; name: string } | null> {
  if (!file) return null;
  const parsed = await parseTorrent(new Uint8Array(await file.data.arrayBuffer()));
  if (!parsed.ok) return null;
  const { infoHash, name } = parsed.torrent;
  return { magnet: magnetLinkOf(infoHash, name), name };
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
  const uploaded = added.flatMap((outcome) => (outcome.ok && outcome.queued === false ? [outcome.magnet] : []));
  void rememberMagnetHashes(uploaded);
  void tellDeployment(uploaded);
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

/**
 * Tells the deployment what was added: an upload sent from the device never passed it, so it
 * polls now (every device sees the magnets at once) and keeps their hashes (for Add again).
 */
async function tellDeployment(uploaded: UploadedMagnet[]): Promise<void> {
  const magnets = uploaded.filter((magnet) => /^[0-9a-f]{40}$/i.test(magnet.hash));
  if (magnets.length === 0) return;
  try {
    await appApi("/api/magnets/added", {
      method: "POST",
      apikey: apikey(),
      json: { magnets: magnets.map(({ id, hash }) => ({ id, hash })) } satisfies AddedMagnetsBody,
    });
  } catch {
    // The live feed still brings the magnets at its next poll; only the hashes wait for another add.
  }
}
