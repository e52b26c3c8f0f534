// Delivers a request for https://push.sandbox.test/… in process to the sandbox, as a push
// service or webhook receiver would get it over the network, and answers with its status.
import type { Env } from "../../env";
import { sandboxStub } from "../stub";

export { pushRoutes } from "./routes";

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function sandboxPushFetch(env: Env, request: Request): Promise<Response> {
  const body = base64(new Uint8Array(await request.arrayBuffer()));
  const headers = Object.fromEntries(request.headers);
  const answer = await sandboxStub(env).receivePush(request.url, {
    method: request.method,
    headers,
    body,
    receivedAt: Date.now(),
  });
  const retryAfter = answer.retryAfter === undefined ? undefined : { "Retry-After": String(answer.retryAfter) };
  return new Response(null, { status: answer.status, headers: retryAfter });
}
