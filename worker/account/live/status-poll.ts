// One live-mode call to /v4.1/magnet/status, sorted into what the poller acts on: data to merge,
// a passing fault (timeout, 5xx, 429, unreadable answer: back off and retry), or a refused apikey.
// It goes the way every edge call goes (one attempt, inside the given budget), so a fault gets
// the same code here as through the edge.
import {
  AllDebridError,
  isEnvelope,
  type MagnetChange,
  type MagnetLiveData,
  REFUSED_APIKEY_CODES,
} from "../../../protocol/alldebrid";
import { ownCall } from "../../edge/call";
import { forwardCall, type UpstreamBudget } from "../../edge/forward";
import type { Env } from "../../env";

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
  const query = new URLSearchParams({ session: String(position.session), counter: String(position.counter) });
  try {
    const response = await forwardCall(env, origin, ownCall("/v4.1/magnet/status", apikey, query.toString()), {
      budget,
      maxAttempts: 1,
    });
    const body: unknown = await response.json().catch(() => null);
    if (!isEnvelope(body)) return fault(new AllDebridError("UPSTREAM_INVALID_RESPONSE"));
    if (body.status === "error") {
      const { code, message } = body.error;
      if (REFUSED_APIKEY_CODES.has(code)) return { kind: "refused", code, message };
      return fault(new AllDebridError(code, message, response.status));
    }
    if (!isLiveData(body.data)) return fault(new AllDebridError("UPSTREAM_INVALID_RESPONSE"));
    return { kind: "data", data: body.data };
  } catch (error) {
    if (error instanceof AllDebridError) return fault(error);
    throw error;
  }
}

function fault(error: AllDebridError): StatusPoll {
  return { kind: "fault", code: error.code, message: error.message, status: error.status };
}
