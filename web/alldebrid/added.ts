// What became of each magnet or .torrent file an add sent: added (ready at once, or already
// among the account's magnets), waiting in the outbox (offline), waiting in the account's line
// (AllDebrid had 30 processing), or refused, with why. A leaf: the add workflow and its caps
// (caps.ts) both speak it.

/** A magnet or .torrent file as the upload answered it: shown until the live feed has it whole. */
export interface UploadedMagnet {
  id: number;
  name: string;
  size: number;
  ready: boolean;
  /** The info hash, lower-case hex, as AllDebrid gave it. */
  hash: string;
}

/**
 * `input` is the line or file name as given; `already`: the account had this magnet before;
 * `madeRoom`: how many of the oldest finished magnets were deleted to make room for it (1000 in
 * all); `makeRoom`: refused at 1000 magnets, it can be sent again once the oldest finished make
 * room (one call for every input refused together).
 */
export type Added =
  | { input: string; ok: true; queued: false; magnet: UploadedMagnet; already: boolean; madeRoom?: number }
  | { input: string; ok: true; queued: true; entry: number }
  | { input: string; ok: true; queued: "line"; position: number; name: string }
  | { input: string; ok: false; error: unknown; makeRoom?: () => Promise<Added[]> };

/** Whether an outcome was refused with `code`. */
export function refusedWith(outcome: Added, code: string): boolean {
  return !outcome.ok && (outcome.error as { code?: unknown } | null)?.code === code;
}

/** `added` with the outcomes of `again` in place of those for the same inputs. */
export function replaceOutcomes(added: Added[], again: Added[]): Added[] {
  const byInput = new Map(again.map((outcome) => [outcome.input, outcome]));
  return added.map((outcome) => byInput.get(outcome.input) ?? outcome);
}
