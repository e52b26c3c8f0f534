// The live-sync routes of the app's API: POST /api/live/ticket (Bearer apikey), GET /api/live
// (WebSocket, ticket in the query), GET /api/magnets (Bearer apikey). Mounted at /api.
import { Hono } from "hono";
import { AllDebridError } from "../../protocol/alldebrid";
import type { LiveTicket, MagnetsSnapshot } from "../../protocol/live";
import type { AppEnv, Env } from "../env";
import { apiError } from "../errors";
import { keyedHash } from "../security/key-hash";
import type { LiveAnswer } from "./account";
import { openTicket, sealTicket, TICKET_NONCE_HEADER, TICKET_TTL_SECONDS } from "./tickets";

function bearerApikey(request: Request): string {
  const apikey = request.headers.get("Authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!apikey) throw apiError("AUTH_MISSING_APIKEY");
  return apikey;
}

function accountByName(env: Env, name: string) {
  return env.ACCOUNT.get(env.ACCOUNT.idFromName(name));
}

function answered<T>(answer: LiveAnswer<T>): T {
  if (answer.ok) return answer.value;
  throw new AllDebridError(answer.code, answer.message, answer.status);
}

const noStore = { "Cache-Control": "no-store" };

export const live = new Hono<AppEnv>()
  .post("/live/ticket", async (c) => {
    const apikey = bearerApikey(c.req.raw);
    const name = await keyedHash(c.env, apikey);
    const origin = new URL(c.req.url).origin;
    const nonce = answered(await accountByName(c.env, name).issueTicket(apikey, origin));
    const body: LiveTicket = { ticket: await sealTicket(c.env, name, nonce), expiresIn: TICKET_TTL_SECONDS };
    return c.json(body, 200, noStore);
  })
  .get("/live", async (c) => {
    const opened = await openTicket(c.env, c.req.query("ticket") ?? "");
    if (!opened) throw apiError("LIVE_TICKET_INVALID");
    if (c.req.header("Upgrade")?.toLowerCase() !== "websocket")
      throw apiError("BAD_REQUEST", "Open /api/live as a WebSocket");
    const forwarded = new Request(c.req.raw);
    forwarded.headers.set(TICKET_NONCE_HEADER, opened.nonce);
    return accountByName(c.env, opened.accountName).fetch(forwarded);
  })
  .get("/magnets", async (c) => {
    const apikey = bearerApikey(c.req.raw);
    const account = accountByName(c.env, await keyedHash(c.env, apikey));
    const snapshot: MagnetsSnapshot = answered(await account.currentMagnets(apikey, new URL(c.req.url).origin));
    return c.json(snapshot, 200, noStore);
  });
