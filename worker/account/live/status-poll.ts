// One live-mode call to /v4.1/magnet/status, sorted into what the poller acts on: data to merge,
// a passing fault (timeout, 5xx, 429, unreadable answer: back off and retry), or a refused apikey.
// It goes the way every upstream call goes (one attempt, inside the given budget), so a fault gets
// the same code here as through the edge.
import {
  AllDebridError,
  type MagnetChange,
  type MagnetLiveData,
  REFUSED_APIKEY_CODES,
} from "../../../protocol/alldebrid";
import type { Env } from "../../env";
import { callUpstream, type UpstreamBudget } from "../../upstream";

export type StatusPoll =
  | { kind: "data"; data: MagnetLiveData }
  | { kind: "fault"; code: string; message: string; status: number }
  | { kind: "refused"; code: string; message: string };

function isLiveData(value: unknown): value is MagnetLiveData {
  if (typeof value !== "object" || value === null) return false;
  const data = value as { counter?: unknown; magnets?: unknown };
  if (!Number.isSafeInteger(data.counter) || !Array.isArray(data.magnets)) return false;
  return data.magnets.every(
    (m: unknown) => typeof m === "object" && m !== null && Number.isSafeInteger((m as MagnetChange).id),
  );
}

export async function pollStatus(
  env: Env,
  origin: string,
  apikey: string,
  position: { session: number; counter: number },
  budget: UpstreamBudget,
): Promise<StatusPoll> {
  const { session, counter } = position;
  try {
    const data = await callUpstream(
      env,
      "/v4.1/magnet/status",
      { session, counter },
      { origin, apikey, budget, maxAttempts: 1 },
    );
    // The envelope is the upstream's; what it carries is checked before it is merged.
    if (!isLiveData(data)) return fault(new AllDebridError("UPSTREAM_INVALID_RESPONSE"));
    return { kind: "data", data };
  } catch (error) {
    if (!(error instanceof AllDebridError)) throw error;
    if (REFUSED_APIKEY_CODES.has(error.code)) return { kind: "refused", code: error.code, message: error.message };
    return fault(error);
  }
}

function fault(error: AllDebridError): StatusPoll {
  return { kind: "fault", code: error.code, message: error.message, status: error.status };
}
