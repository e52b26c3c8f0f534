// One live-mode call to /v4.1/magnet/status, sorted into what the poller acts on: data to merge,
// a passing fault (timeout, 5xx, 429, unreadable answer: back off and retry), or a refused apikey.
import {
  AllDebridClient,
  AllDebridError,
  httpStatusFor,
  type MagnetChange,
  type MagnetLiveData,
  REFUSED_APIKEY_CODES,
} from "../../../protocol/alldebrid";
import type { Env } from "../../env";
import { upstreamBase, upstreamFetch } from "../../upstream";

export type StatusPoll =
  | { kind: "data"; data: MagnetLiveData }
  | { kind: "fault"; code: string; message: string; status: number }
  | { kind: "refused"; code: string; message: string };

const TIMEOUT_MS = 15_000;

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
  session: number,
  counter: number,
): Promise<StatusPoll> {
  const client = new AllDebridClient({
    baseUrl: upstreamBase(env, origin),
    apikey,
    fetch: (request) => upstreamFetch(env, request as Request),
  });
  try {
    const { envelope, httpStatus } = await client.request(
      "/v4.1/magnet/status",
      { session, counter },
      { signal: AbortSignal.timeout(TIMEOUT_MS) },
    );
    if (envelope.status === "error") {
      const { code, message } = envelope.error;
      if (REFUSED_APIKEY_CODES.has(code)) return { kind: "refused", code, message };
      return { kind: "fault", code, message, status: httpStatus >= 400 ? httpStatus : httpStatusFor(code) };
    }
    if (httpStatus >= 400 || !isLiveData(envelope.data)) return fault("UPSTREAM_INVALID_RESPONSE");
    return { kind: "data", data: envelope.data };
  } catch (error) {
    if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError"))
      return fault("UPSTREAM_TIMEOUT");
    return fault(error instanceof AllDebridError ? error.code : "UPSTREAM_UNAVAILABLE");
  }
}

function fault(code: string): StatusPoll {
  const error = new AllDebridError(code);
  return { kind: "fault", code, message: error.message, status: httpStatusFor(code) };
}
