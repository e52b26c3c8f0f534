// The Magnet files store: the files of ready magnets (/v4.1/magnet/files), asked once per magnet
// and kept (a ready magnet's files do not change), each file's unlock step (unlock.ts), and
// their direct links for an export: every file of every magnet, in tree order, unlocked within
// the rate budget. Made per account (web/app/store-context.tsx).
import { createStore } from "solid-js/store";
import { AllDebridError, type FileNode, type Magnet, magnetGroup } from "../../protocol/alldebrid";
import { type Unlocking, unlockMany } from "../alldebrid";
import { callApi } from "../api/client";
import type { Account, Store } from "../app/store-context";
import type { Collect } from "../export/ExportMenu";
import { filesInOrder } from "./files-tree";
import { type FileSteps, fileUnlocker } from "./unlock";

export function createMagnetFilesStore(_account: Account) {
  const [steps, setSteps] = createStore<FileSteps>({});
  const asked = new Map<number, Promise<FileNode[]>>();
  const unlockFile = fileUnlocker(steps, setSteps);

  /** The files of each magnet, in one call for those not asked yet; a magnet's own error rejects its promise. */
  function filesOf(ids: readonly number[]): Map<number, Promise<FileNode[]>> {
    const missing = ids.filter((id) => !asked.has(id));
    if (missing.length > 0) {
      const answer = callApi("/v4.1/magnet/files", { "id[]": missing });
      for (const id of missing) {
        const files = answer.then((data) => {
          const item = data.magnets.find((m) => String(m.id) === String(id));
          if (!item) throw new AllDebridError("MAGNET_INVALID_ID");
          if ("error" in item) throw new AllDebridError(item.error.code, item.error.message);
          return item.files;
        });
        // A failure is not kept: the next look asks again.
        files.catch(() => asked.delete(id));
        asked.set(id, files);
      }
    }
    return new Map(ids.map((id) => [id, asked.get(id)!]));
  }

  const actions = {
    /** The files of one magnet. */
    files: (id: number): Promise<FileNode[]> => filesOf([id]).get(id)!,
    /** Starts (or joins) the unlock of one file link; its step shows in the state. */
    unlockFile: (link: string): Unlocking => unlockFile(link),
    /** The export of magnets' links: their files in tree order, each unlocked (paced), grouped by magnet. */
    collect: (magnets: readonly Magnet[]): Collect => collectMagnets(magnets, filesOf, unlockFile),
  };
  return [steps, actions] as const satisfies Store<FileSteps, unknown>;
}

function collectMagnets(
  magnets: readonly Magnet[],
  filesOf: (ids: readonly number[]) => Map<number, Promise<FileNode[]>>,
  unlockFile: (link: string) => Unlocking,
): Collect {
  return async (onProgress, signal) => {
    const ready = magnets.filter((magnet) => magnetGroup(magnet.statusCode) === "ready");
    const trees = filesOf(ready.map((magnet) => magnet.id));
    const files = [];
    let failed = 0;
    for (const magnet of ready) {
      try {
        const tree = await trees.get(magnet.id)!;
        for (const file of filesInOrder(tree)) files.push({ ...file, group: magnet.filename });
      } catch {
        failed++;
      }
    }
    const result = await unlockMany(files, (file) => unlockFile(file.l), { onProgress, signal });
    return {
      files: result.ready.map(({ item, link }) => ({ url: link, name: item.n, group: item.group, path: item.path })),
      failed: failed + result.failed.length,
    };
  };
}
