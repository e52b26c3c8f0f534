// All of the app's AllDebrid calls go through here: to this deployment (the edge) by default, or
// from the device first for the calls AllDebrid refuses from servers (call-source.ts, per
// endpoint). When the upstream refuses a call from a server (NO_SERVER, MAGNET_NO_SERVER), the
// call is repeated from the device straight to the upstream; when the device cannot reach the
// upstream at all, the call goes through the edge, as the user's setting allows. An AUTH_BLOCKED
// answer (new location) starts the e-mail verification screen.
import {
  AllDebridClient,
  AllDebridError,
  type CallOptions,
  type CurrentPath,
  type DataOf,
  type EndpointPath,
  type ParamsOf,
} from "../../protocol/alldebrid";
import { isUnreachable, online } from "../offline/online";
import { apikey } from "../session/session";
import { setVerification } from "../session/verification";
import { callSource, firstRoute } from "./call-source";
import { upstreamBaseUrl, upstreamKind } from "./deployment";

const SERVER_REFUSALS = new Set(["NO_SERVER", "MAGNET_NO_SERVER"]);

function client(baseUrl: string, key: string | null): AllDebridClient {
  return new AllDebridClient({ baseUrl, apikey: key ?? undefined });
}

async function send<P extends EndpointPath>(
  key: string | null,
  path: P,
  params?: ParamsOf<P>,
  options?: CallOptions,
): Promise<DataOf<P>> {
  const source = callSource();
  const fromDevice = async () => client(await upstreamBaseUrl(), key).call(path, params, options);
  const throughEdge = () => client(location.origin, key).call(path, params, options);
  if (firstRoute(path, source, await upstreamKind()) === "device") {
    if (source !== "auto") return fromDevice();
    try {
      return await fromDevice();
    } catch (error) {
      // The device could not reach AllDebrid at all (blocked, CORS) while online: the edge may.
      if (isUnreachable(error) && online()) return throughEdge();
      throw error;
    }
  }
  try {
    return await throughEdge();
  } catch (error) {
    if (source === "auto" && error instanceof AllDebridError && SERVER_REFUSALS.has(error.code)) return fromDevice();
    throw error;
  }
}

/** One AllDebrid call, under /v4.1/ as the service asks of clients; an error envelope is thrown as an AllDebridError. */
export async function callApi<P extends CurrentPath>(
  path: P,
  params?: ParamsOf<P>,
  options?: CallOptions & { apikey?: string },
): Promise<DataOf<P>> {
  const key = options?.apikey ?? apikey();
  try {
    return await send(key, path, params, options);
  } catch (error) {
    if (error instanceof AllDebridError && error.code === "AUTH_BLOCKED" && error.token) {
      setVerification({ token: error.token, apikey: key });
    }
    throw error;
  }
}
