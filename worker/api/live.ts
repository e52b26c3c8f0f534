// The live-sync routes of the app's API: POST /api/live/ticket (Bearer apikey), GET /api/live
// (WebSocket, ticket in the query), GET /api/magnets (Bearer apikey), POST /api/magnets/added
// (Bearer: a device uploaded magnets itself). Keys are admitted as on the API mirror
// (worker/access). See docs/live.md.
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { AllDebridError } from "../../protocol/alldebrid";
import { addedMagnetsBody } from "../../protocol/api-bodies";
import type { LiveTicket, MagnetsSnapshot } from "../../protocol/live";
import { btihToHex } from "../../protocol/torrent";
import { accountNamed } from "../account";
import { openTicket, sealTicket, TICKET_NONCE_HEADER, TICKET_TTL_SECONDS } from "../account/tickets";
import type { AppEnv } from "../env";
import { answered, callerAccount, noStore } from "./account-call";
import { badInput, badJson } from "./validation";

const socketQuery = z.object({ ticket: z.string().min(1).max(512), version: z.string().optional() });

export const live = new Hono<AppEnv>()
  .post("/live/ticket", async (c) => {
    const { apikey, origin, name, account } = await callerAccount(c.env, c.req.raw);
    const nonce = answered(await account.issueTicket(apikey, origin));
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
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const snapshot: MagnetsSnapshot = answered(await account.currentMagnets(apikey, origin));
    return c.json(snapshot, 200, noStore);
  })
  /** A device uploaded magnets straight to AllDebrid: every device sees them soon, with their hashes. */
  .post("/magnets/added", zValidator("json", addedMagnetsBody, badJson()), async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    const { magnets } = c.req.valid("json");
    await account.pollSoon(magnets.map(({ id, hash }) => ({ id, hash: btihToHex(hash) })));
    return c.json({ kept: magnets.length }, 200, noStore);
  });
