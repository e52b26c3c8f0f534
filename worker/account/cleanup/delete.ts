// Deletes magnets upstream, one magnet/delete call per id (the endpoint takes one), a few at a
// time inside the account's budget: the caller's `remove` takes a bulk slot, so the devices'
// live polls keep their reserved share. The first refusal stops the run; a magnet already gone
// (MAGNET_INVALID_ID) counts as deleted.
import { AllDebridError } from "../../../protocol/alldebrid";
import type { Env } from "../../env";
import { callUpstream, type UpstreamBudget } from "../../upstream";

/** What a run of deletions did: the ids gone, and the error that stopped it, if one did. */
export interface Deleted {
  removed: number[];
  stoppedBy: AllDebridError | null;
}

export type RemoveOne = (id: number) => Promise<AllDebridError | null>;

/** One magnet/delete with the account's key and budget: null once the magnet is gone. */
export async function deleteUpstream(
  env: Env,
  call: { origin: string; apikey: string; budget: UpstreamBudget },
  id: number,
): Promise<AllDebridError | null> {
  try {
    await callUpstream(env, "/v4.1/magnet/delete", { id }, call);
    return null;
  } catch (error) {
    if (!(error instanceof AllDebridError)) throw error;
    return error.code === "MAGNET_INVALID_ID" ? null : error;
  }
}

/** Deletes `ids` in order with at most `inFlight` calls waiting or in flight at once. */
export async function deleteAll(ids: number[], inFlight: number, remove: RemoveOne): Promise<Deleted> {
  const removed: number[] = [];
  let stoppedBy: AllDebridError | null = null;
  let next = 0;
  const worker = async () => {
    while (stoppedBy === null && next < ids.length) {
      const id = ids[next++] as number;
      const error = await remove(id);
      if (error) stoppedBy ??= error;
      else removed.push(id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, ids.length) }, worker));
  return { removed, stoppedBy };
}
