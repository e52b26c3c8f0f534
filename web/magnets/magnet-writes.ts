// What the user does to magnets: add (links, hashes, .torrent files), delete and restart. Each
// write updates the list at once and is rolled back if the call fails; offline, it goes to the
// outbox and is sent once when the device is back online.
import { batch } from "solid-js";
import { reconcile, unwrap } from "solid-js/store";
import { AllDebridError, MAGNET_STATUSES, type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { callApi } from "../api/client";
import { enqueue } from "../offline/outbox";
import type { MagnetsStore } from "./magnets-store";

/** One line of the add form or one dropped file, and what became of it. */
export type AddResult =
  | { input: string; ok: true; name: string; ready: boolean }
  | { input: string; ok: false; error: unknown }
  | { input: string; queued: true; ok: true; name: string; ready: false };

/** A magnet a delete or restart could not act on, and why. */
export interface WriteFailure {
  magnet: Magnet;
  error: unknown;
}

/** An unreachable network means "try later", not "this magnet is wrong". */
function isUnreachable(error: unknown): boolean {
  return error instanceof AllDebridError && error.code === "UPSTREAM_UNAVAILABLE" && error.status === 0;
}

/** Runs `work` over items, a few at a time, so a big selection stays within the upstream's rate limit. */
async function eachFew<T>(items: readonly T[], work: (item: T) => Promise<void>, concurrency = 3): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export function magnetWrites(store: MagnetsStore) {
  const { state, actions } = store;
  const { setState } = actions;

  /** A magnet the upload answered with, shown until the live feed sends the full one. */
  function showUploaded(uploaded: { id: number; name: string; size: number; ready: boolean }): void {
    if (unwrap(state.magnets).some((m) => m.id === uploaded.id)) return;
    const statusCode = uploaded.ready ? 4 : 0;
    setState("magnets", state.magnets.length, {
      id: uploaded.id,
      filename: uploaded.name,
      size: uploaded.size,
      status: MAGNET_STATUSES[statusCode].status,
      statusCode,
      uploadDate: Math.floor(Date.now() / 1000),
      completionDate: 0,
    });
  }

  async function queueMagnets(magnets: string[]): Promise<AddResult[]> {
    await enqueue(`Add ${magnets.length} magnet(s)`, "/v4/magnet/upload", { "magnets[]": magnets });
    return magnets.map((input) => ({ input, queued: true, ok: true, name: input, ready: false }));
  }

  async function addMagnets(magnets: string[]): Promise<AddResult[]> {
    if (!navigator.onLine) return queueMagnets(magnets);
    let answer: Awaited<ReturnType<typeof callApi<"/v4/magnet/upload">>>;
    try {
      answer = await callApi("/v4/magnet/upload", { "magnets[]": magnets });
    } catch (error) {
      if (isUnreachable(error)) return queueMagnets(magnets);
      return magnets.map((input) => ({ input, ok: false, error }));
    }
    return answer.magnets.map((item): AddResult => {
      if ("error" in item) {
        return { input: item.magnet, ok: false, error: new AllDebridError(item.error.code, item.error.message) };
      }
      showUploaded(item);
      return { input: item.magnet, ok: true, name: item.name, ready: item.ready };
    });
  }

  async function addTorrentFiles(files: File[]): Promise<AddResult[]> {
    const upload = files.map((file) => ({ name: file.name, data: file as Blob }));
    const queue = async (): Promise<AddResult[]> => {
      await enqueue(`Add ${files.length} .torrent file(s)`, "/v4/magnet/upload/file", {}, upload);
      return files.map((f) => ({ input: f.name, queued: true, ok: true, name: f.name, ready: false }));
    };
    if (!navigator.onLine) return queue();
    let answer: Awaited<ReturnType<typeof callApi<"/v4/magnet/upload/file">>>;
    try {
      answer = await callApi("/v4/magnet/upload/file", {}, { files: upload });
    } catch (error) {
      if (isUnreachable(error)) return queue();
      return files.map((f) => ({ input: f.name, ok: false, error }));
    }
    return answer.files.map((item): AddResult => {
      if ("error" in item) {
        return { input: item.file, ok: false, error: new AllDebridError(item.error.code, item.error.message) };
      }
      showUploaded(item);
      return { input: item.file, ok: true, name: item.name, ready: item.ready };
    });
  }

  function magnetsById(ids: readonly number[]): Magnet[] {
    const wanted = new Set(ids);
    return unwrap(state.magnets)
      .filter((m) => wanted.has(m.id))
      .map((m) => ({ ...m }));
  }

  function putBack(magnets: Magnet[]): void {
    const present = new Set(unwrap(state.magnets).map((m) => m.id));
    const missing = magnets.filter((m) => !present.has(m.id));
    if (missing.length) setState("magnets", (shown) => [...shown, ...missing]);
  }

  /** Deletes magnets (AllDebrid deletes one id per call); the ones that fail come back to the list. */
  async function deleteMagnets(ids: readonly number[]): Promise<WriteFailure[]> {
    const removed = magnetsById(ids);
    for (const id of ids) actions.deleting.add(id);
    actions.removeShown(ids);
    const failures: WriteFailure[] = [];
    try {
      await eachFew(removed, async (magnet) => {
        try {
          if (!navigator.onLine) await enqueue(`Delete ${magnet.filename}`, "/v4/magnet/delete", { id: magnet.id });
          else await callApi("/v4/magnet/delete", { id: magnet.id });
        } catch (error) {
          if (isUnreachable(error)) await enqueue(`Delete ${magnet.filename}`, "/v4/magnet/delete", { id: magnet.id });
          else failures.push({ magnet, error });
        }
      });
    } finally {
      for (const id of ids) actions.deleting.delete(id);
      putBack(failures.map((f) => f.magnet));
      actions.scheduleSave();
    }
    return failures;
  }

  /** Restarts failed magnets: shown as queued at once, put back as they were where the restart fails. */
  async function restartMagnets(ids: readonly number[]): Promise<WriteFailure[]> {
    const before = magnetsById(ids).filter((m) => magnetGroup(m.statusCode) === "error");
    if (before.length === 0) return [];
    const restarting = new Set(before.map((m) => m.id));
    batch(() => {
      setState("magnets", (m) => restarting.has(m.id), {
        statusCode: 0,
        status: MAGNET_STATUSES[0].status,
        downloaded: 0,
        downloadSpeed: 0,
      });
    });
    const failures = await sendRestart(before);
    if (failures.length) {
      const failed = new Set(failures.map((f) => f.magnet.id));
      for (const magnet of before.filter((m) => failed.has(m.id))) {
        const index = unwrap(state.magnets).findIndex((m) => m.id === magnet.id);
        if (index >= 0) setState("magnets", index, reconcile(magnet));
      }
    }
    actions.scheduleSave();
    return failures;
  }

  async function sendRestart(magnets: Magnet[]): Promise<WriteFailure[]> {
    const single = magnets.length === 1;
    const params = single ? { id: magnets[0]!.id } : { "ids[]": magnets.map((m) => m.id) };
    const label = single ? `Restart ${magnets[0]!.filename}` : `Restart ${magnets.length} magnets`;
    try {
      if (!navigator.onLine) {
        await enqueue(label, "/v4/magnet/restart", params);
        return [];
      }
      const answer = await callApi("/v4/magnet/restart", params);
      if (!("magnets" in answer)) return [];
      const byId = new Map(magnets.map((m) => [String(m.id), m]));
      return answer.magnets.flatMap((item) => {
        const magnet = byId.get(String(item.magnet));
        if (!magnet || !("error" in item)) return [];
        return [{ magnet, error: new AllDebridError(item.error.code, item.error.message) }];
      });
    } catch (error) {
      if (isUnreachable(error)) {
        await enqueue(label, "/v4/magnet/restart", params);
        return [];
      }
      return magnets.map((magnet) => ({ magnet, error }));
    }
  }

  return { addMagnets, addTorrentFiles, deleteMagnets, restartMagnets };
}

export type MagnetWrites = ReturnType<typeof magnetWrites>;
