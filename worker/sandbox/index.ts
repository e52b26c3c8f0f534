// The AllDebrid emulator, mounted at /sandbox when SANDBOX_ENABLED is "true":
// /sandbox/v4/..., /sandbox/v4.1/... answer like api.alldebrid.com; beside them sit the test
// hooks (/stats, /faults, /push), the PIN and new-location pages (/pin/, /verif/), downloads (/dl/)
// and a stand-in for Stremio's metadata add-on (/cinemeta/).
import { Hono } from "hono";
import { AllDebridError, API_ROUTE, isApiPath } from "../../protocol/alldebrid";
import type { AppEnv, Env } from "../env";
import { methodNotAllowed, notFound } from "../errors";
import { BadRequestBody, parseCall, type SandboxReply } from "./call";
import { cinemeta } from "./cinemeta";
import { downloads } from "./downloads/route";
import { opsRoutes } from "./ops";
import { PAGES_CSS } from "./pages/html";
import { pinPage } from "./pin/page";
import { pushRoutes } from "./push";
import { sandboxStub } from "./stub";
import { verifPage } from "./user/verif-page";

/** Answers one AllDebrid API request with the sandbox (used by /sandbox and by the edge proxy). */
export async function sandboxFetch(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/sandbox/, "").replace(/\/+$/, "");
  // Paths that do not even look like an endpoint are refused here; the others reach the sandbox,
  // which counts them and answers 404 for those the table does not know, as the service does.
  if (!isApiPath(path)) throw new AllDebridError("404");
  let call: Awaited<ReturnType<typeof parseCall>>;
  try {
    call = await parseCall(request, path, `${url.origin}/sandbox`);
  } catch (error) {
    if (error instanceof BadRequestBody) throw new AllDebridError("BAD_REQUEST", error.message);
    throw error;
  }
  return replyResponse(await sandboxStub(env).call(call));
}

/** Thrown when a fault drops the connection: in-process callers see a transport failure. */
class ConnectionDropped extends Error {}

async function replyResponse(reply: SandboxReply): Promise<Response> {
  if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
  if (reply.drop) throw new ConnectionDropped("sandbox fault: connection dropped");
  return new Response(reply.body, { status: reply.status, headers: { "Content-Type": reply.contentType } });
}

export const sandbox = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (c.env.SANDBOX_ENABLED !== "true") return notFound();
    await next();
  })
  .route("/", opsRoutes)
  .route("/", pushRoutes)
  .route("/", pinPage)
  .route("/", verifPage)
  .route("/", downloads)
  .route("/", cinemeta)
  .get("/pages.css", () => new Response(PAGES_CSS, { headers: { "Content-Type": "text/css; charset=utf-8" } }))
  .on(["GET", "POST"], API_ROUTE, (c) => answerDirect(c.req.raw, c.env))
  .all(API_ROUTE, () => {
    throw methodNotAllowed();
  });

/** A device calling the sandbox straight: a dropped connection is a body that breaks off. */
async function answerDirect(request: Request, env: Env): Promise<Response> {
  try {
    return await sandboxFetch(request, env);
  } catch (error) {
    if (!(error instanceof ConnectionDropped)) throw error;
    const broken = new ReadableStream({ start: (controller) => controller.error(error) });
    return new Response(broken, { status: 200, headers: { "Content-Type": "application/json" } });
  }
}
