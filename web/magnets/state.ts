// What the magnets store holds. A leaf module: the store's parts (live-apply.ts, pending-adds.ts,
// magnet-writes.ts) and the store itself import it, so none of them needs to import another's
// types back (no import cycle, type-only ones included).
import type { Magnet } from "../../protocol/alldebrid";
import type { WaitingLine } from "../../protocol/line";
import type { CleanupMessage } from "../../protocol/live";
import type { Added } from "../alldebrid/added";
import type { LiveState } from "./live-connection";

/** An add AllDebrid asked to try later (MAGNET_PROCESSING_COOLDOWN): when it is tried again, or why it stopped. */
export interface LaterAdd {
  key: string;
  name: string;
  /** When it is sent again (ms); null once it gave up. */
  at: number | null;
  /** The error of the last try, once it gave up. */
  error?: string;
}

export interface MagnetsState {
  magnets: Magnet[];
  version: number;
  /** When the magnets shown were last known to be current (from the saved snapshot until the socket answers). */
  updatedAt: number | null;
  /** True while the list comes from the device's saved snapshot only. */
  fromDevice: boolean;
  live: LiveState;
  /** Recent download speeds per magnet id, for the sparkline. */
  speeds: Record<number, number[]>;
  /** A message the server sent about the live feed ({ type: "error" }). */
  serverNotice: { code: string; message: string } | null;
  /** The account's waiting line (live `line` messages): magnets refused at 30 processing (docs/caps.md). */
  line: WaitingLine;
  /** A cleanup run this device has not said yet ("3 finished magnets cleaned up"), until dismissed. */
  cleanupToSay: CleanupMessage | null;
  /** Adds tried again later on this device (a cooldown). */
  later: LaterAdd[];
  /** What the last "Add again" of an expired magnet came to, for the add panel to say. */
  addedAgain: Added[] | null;
}

export function initialMagnetsState(): MagnetsState {
  return {
    magnets: [],
    version: 0,
    updatedAt: null,
    fromDevice: false,
    live: { status: "connecting" },
    speeds: {},
    serverNotice: null,
    line: { magnets: [], free: 0 },
    cleanupToSay: null,
    later: [],
    addedAgain: null,
  };
}
