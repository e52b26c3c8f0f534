// What the magnets store holds. A leaf module: the store's parts (live-apply.ts, pending-adds.ts,
// magnet-writes.ts) and the store itself import it, so none of them needs to import another's
// types back (no import cycle, type-only ones included).
import type { Magnet } from "../../protocol/alldebrid";
import type { LiveState } from "./live-connection";

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
  };
}
