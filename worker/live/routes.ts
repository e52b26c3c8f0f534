// The live-sync routes of the app's API: POST /api/live/ticket (Bearer apikey), GET /api/live
// (WebSocket, ticket in the query), GET /api/magnets (Bearer apikey). Mounted at /api.
import { Hono } from "hono";
import { AllDebridError } from "../../protocol/alldebrid";
import type { LiveTicket, MagnetsSnapshot } from "../../protocol/live";
import type { AppEnv, Env } from "../env";
import { apiError } from "../errors";
import { checkAllowedUser, upstreamUserLookup } from "../security/allowlist";
import { bearerOf } from "../security/bearer";
import { keyedHash } from "../security/key-hash";
import type { LiveAnswer } from "./account";
import { openTicket, sealTicket, TICKET_NONCE_HEADER, TICKET_TTL_SECONDS } from "./tickets";

function bearerApikey(request: Request): string {
  const apikey = bearerOf(request);
  if (!apikey) throw apiError("AUTH_MISSING_APIKEY");
  return apikey;
}

function accountByName(env: Env, name: string) {
  return env.ACCOUNT.get(env.ACCOUNT.idFromName(name));
}

/** ALLOWED_USERS holds for live sync as for the API mirror: null when the key may use it. */
function deniedUser(env: Env, apikey: string, origin: string, account: ReturnType<typeof accountByName>) {
  return checkAllowedUser(env, apikey, upstreamUserLookup(env, origin, apikey, { budget: account }));
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
    const account = accountByName(c.env, name);
    const denied = await deniedUser(c.env, apikey, origin, account);
    if (denied) return denied;
    const nonce = answered(await account.issueTicket(apikey, origin));
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
    const origin = new URL(c.req.url).origin;
    const account = accountByName(c.env, await keyedHash(c.env, apikey));
    const denied = await deniedUser(c.env, apikey, origin, account);
    if (denied) return denied;
    const snapshot: MagnetsSnapshot = answered(await account.currentMagnets(apikey, origin));
    return c.json(snapshot, 200, noStore);
  });
