// The live-sync routes of the app's API: POST /api/live/ticket (Bearer apikey), GET /api/live
// (WebSocket, ticket in the query), GET /api/magnets (Bearer apikey). Keys are admitted as on
// the API mirror (worker/access). See docs/live.md.
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { AllDebridError } from "../../protocol/alldebrid";
import type { LiveTicket, MagnetsSnapshot } from "../../protocol/live";
import { admittedAccount, callerOf } from "../access";
import { accountNamed } from "../account";
import type { LiveAnswer } from "../account/account";
import { openTicket, sealTicket, TICKET_NONCE_HEADER, TICKET_TTL_SECONDS } from "../account/tickets";
import type { AppEnv } from "../env";
import { bearerOf } from "../security/bearer";
import { keyedHash } from "../security/key-hash";
import { badInput } from "./validation";

function bearerApikey(request: Request): string {
  const apikey = bearerOf(request);
  if (!apikey) throw new AllDebridError("AUTH_MISSING_APIKEY");
  return apikey;
}

function answered<T>(answer: LiveAnswer<T>): T {
  if (answer.ok) return answer.value;
  throw new AllDebridError(answer.code, answer.message, answer.status);
}

const noStore = { "Cache-Control": "no-store" };
const socketQuery = z.object({ ticket: z.string().min(1).max(512), version: z.string().optional() });

export const live = new Hono<AppEnv>()
  .post("/live/ticket", async (c) => {
    const apikey = bearerApikey(c.req.raw);
    const caller = callerOf(c.req.raw);
    const account = await admittedAccount(c.env, apikey, caller);
    const nonce = answered(await account.issueTicket(apikey, caller.origin));
    const name = await keyedHash(c.env, apikey);
    const body: LiveTicket = { ticket: await sealTicket(c.env, name, nonce), expiresIn: TICKET_TTL_SECONDS };
    return c.json(body, 200, noStore);
  })
  .get("/live", zValidator("query", socketQuery, badInput("LIVE_TICKET_INVALID")), async (c) => {
    const opened = await openTicket(c.env, c.req.valid("query").ticket);
    if (!opened) throw new AllDebridError("LIVE_TICKET_INVALID");
    if (c.req.header("Upgrade")?.toLowerCase() !== "websocket")
      throw new AllDebridError("BAD_REQUEST", "Open /api/live as a WebSocket");
    const forwarded = new Request(c.req.raw);
    forwarded.headers.set(TICKET_NONCE_HEADER, opened.nonce);
    const upgraded = await accountNamed(c.env, opened.accountName).fetch(forwarded);
    if (upgraded.status !== 101) throw new AllDebridError("LIVE_TICKET_INVALID");
    return upgraded;
  })
  .get("/magnets", async (c) => {
    const apikey = bearerApikey(c.req.raw);
    const caller = callerOf(c.req.raw);
    const account = await admittedAccount(c.env, apikey, caller);
    const snapshot: MagnetsSnapshot = answered(await account.currentMagnets(apikey, caller.origin));
    return c.json(snapshot, 200, noStore);
  });
