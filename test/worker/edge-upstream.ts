// What the edge tests share: a budget that never waits, the request the proxy would send
// upstream for a given incoming request (captured instead of sent), and answers as sent.
import { env } from "cloudflare:workers";
import { AllDebridError } from "../../protocol/alldebrid";
import { readCall } from "../../worker/edge/read-call";
import { errorResponse } from "../../worker/errors";
import { forwardCall, type UpstreamAnswer } from "../../worker/upstream";

export const BASE = "http://edge.test";

/** An account budget that grants every call at once. */
export const unlimited = { reserveUpstreamSlot: async () => ({ granted: true, waitedMs: 0 }) };

export async function upstreamRequestOf(request: Request): Promise<Request> {
  let seen: Request | null = null;
  const call = await readCall(request, new URL(request.url).pathname);
  await forwardCall(env, BASE, call, {
    budget: unlimited,
    send: async (upstream) => {
      seen = upstream;
      return Response.json({ status: "success", data: {} });
    },
  });
  if (!seen) throw new Error("nothing was sent upstream");
  return seen;
}

/** A forwarded call's answer as the Worker sends it: an error thrown on the way becomes its envelope (as onError does). */
export async function answered(forwarded: Promise<UpstreamAnswer>): Promise<Response> {
  try {
    return (await forwarded).response;
  } catch (error) {
    if (error instanceof AllDebridError) return errorResponse(error);
    throw error;
  }
}
