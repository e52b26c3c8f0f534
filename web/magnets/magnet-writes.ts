// What the user does to magnets: add (links, hashes, .torrent files), delete and restart, make
// room at 1000 magnets and add an expired magnet again. Each write shows in the list at once and
// is undone where the call fails; offline, it waits in the outbox (sendOrQueue) and is sent once
// when the device is back online.
import { batch } from "solid-js";
import { reconcile, unwrap } from "solid-js/store";
import { AllDebridError, MAGNET_STATUSES, type Magnet, magnetGroup, type RestartData } from "../../protocol/alldebrid";
import { type Added, addMagnets, addTorrents, hashOf, magnetLinkOf, sendOrQueue } from "../alldebrid";
import { type LiveTarget, removeShown, showUploaded } from "./live-apply";

/** The magnets store as its writes change it: its state and setter, and the ids being deleted. */
type MagnetsList = LiveTarget & { deleting: Set<number> };

/** A magnet a delete or restart could not act on, and why. */
export interface WriteFailure {
  magnet: Magnet;
  error: unknown;
}

/** The write actions of the magnets store; `saveSoon` keeps the device's copy in step. */
export function magnetWrites(list: MagnetsList, saveSoon: () => void) {
  // The list on screen (before the upload) says which magnets the account already had.
  const shownIds = () => unwrap(list.state.magnets).map((magnet) => magnet.id);
  return {
    addMagnets: (magnets: string[]) => showAdded(list, addMagnets(magnets, { shownIds })),
    addTorrentFiles: (files: File[]) =>
      showAdded(
        list,
        addTorrents(
          files.map((file) => ({ name: file.name, data: file })),
          { shownIds },
        ),
      ),
    deleteMagnets: (ids: readonly number[]) => deleteMagnets(list, ids).finally(saveSoon),
    restartMagnets: (ids: readonly number[]) => restartMagnets(list, ids).finally(saveSoon),
    /** "Delete the oldest finished" beside an add refused at 1000 magnets: room made, then the add sent again. */
    makeRoom: (refused: Added) =>
      showAdded(list, !refused.ok && refused.makeRoom ? refused.makeRoom() : Promise.resolve([refused])),
    /**
     * "Add again" beside an expired magnet (status 11, its files removed): it goes, and the same
     * magnet, known by its hash, is uploaded again as any add is.
     */
    addAgain: async (magnet: Magnet): Promise<Added[]> => {
      const hash = hashOf(magnet);
      if (!hash) return [];
      const [failed] = await deleteMagnets(list, [magnet.id]);
      if (failed) return [{ input: magnet.filename, ok: false, error: failed.error }];
      return showAdded(list, addMagnets([magnetLinkOf(hash, magnet.filename)], { shownIds }));
    },
  };
}

async function showAdded(list: MagnetsList, adding: Promise<Added[]>): Promise<Added[]> {
  const added = await adding;
  for (const outcome of added) if (outcome.ok && !outcome.queued) showUploaded(list, outcome.magnet);
  return added;
}

/** Deletes magnets (AllDebrid deletes one id per call); the ones that fail come back to the list. */
async function deleteMagnets(list: MagnetsList, ids: readonly number[]): Promise<WriteFailure[]> {
  const removed = magnetsById(list, ids);
  for (const id of ids) list.deleting.add(id);
  removeShown(list, ids);
  const failures: WriteFailure[] = [];
  try {
    await eachFew(removed, async (magnet) => {
      try {
        await sendOrQueue("/v4.1/magnet/delete", { id: magnet.id });
      } catch (error) {
        failures.push({ magnet, error });
      }
    });
  } finally {
    for (const id of ids) list.deleting.delete(id);
    putBack(
      list,
      failures.map((f) => f.magnet),
    );
  }
  return failures;
}

/** Restarts failed magnets: shown as queued at once, put back as they were where the restart fails. */
async function restartMagnets(list: MagnetsList, ids: readonly number[]): Promise<WriteFailure[]> {
  const before = magnetsById(list, ids).filter((m) => magnetGroup(m.statusCode) === "error");
  if (before.length === 0) return [];
  const restarting = new Set(before.map((m) => m.id));
  batch(() => {
    list.setState("magnets", (m) => restarting.has(m.id), {
      statusCode: 0,
      status: MAGNET_STATUSES[0].status,
      downloaded: 0,
      downloadSpeed: 0,
    });
  });
  const failures = await sendRestart(before);
  const failed = new Set(failures.map((f) => f.magnet.id));
  for (const magnet of before.filter((m) => failed.has(m.id))) {
    const index = unwrap(list.state.magnets).findIndex((m) => m.id === magnet.id);
    if (index >= 0) list.setState("magnets", index, reconcile(magnet));
  }
  return failures;
}

async function sendRestart(magnets: Magnet[]): Promise<WriteFailure[]> {
  const params = magnets.length === 1 ? { id: magnets[0]!.id } : { "ids[]": magnets.map((m) => m.id) };
  try {
    const sent = await sendOrQueue("/v4.1/magnet/restart", params);
    return sent.queued ? [] : restartRefusals(sent.data, magnets);
  } catch (error) {
    return magnets.map((magnet) => ({ magnet, error }));
  }
}

/** A restart of several magnets answers each one: those refused, with why. */
function restartRefusals(answer: RestartData, magnets: Magnet[]): WriteFailure[] {
  if (!("magnets" in answer)) return [];
  const byId = new Map(magnets.map((m) => [String(m.id), m]));
  return answer.magnets.flatMap((item) => {
    const magnet = byId.get(String(item.magnet));
    if (!magnet || !("error" in item)) return [];
    return [{ magnet, error: new AllDebridError(item.error.code, item.error.message) }];
  });
}

function magnetsById({ state }: MagnetsList, ids: readonly number[]): Magnet[] {
  const wanted = new Set(ids);
  return unwrap(state.magnets)
    .filter((m) => wanted.has(m.id))
    .map((m) => ({ ...m }));
}

function putBack({ state, setState }: MagnetsList, magnets: Magnet[]): void {
  const present = new Set(unwrap(state.magnets).map((m) => m.id));
  const missing = magnets.filter((m) => !present.has(m.id));
  if (missing.length) setState("magnets", (shown) => [...shown, ...missing]);
}

/** Runs `work` over items, a few at a time, so a big selection stays within the upstream's rate limit. */
async function eachFew<T>(items: readonly T[], work: (item: T) => Promise<void>, concurrency = 3): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
