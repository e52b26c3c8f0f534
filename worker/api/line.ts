// The waiting line's routes of the app's API (docs/caps.md), all Bearer: GET /api/line, POST
// /api/line (magnets refused at 30 active join it), POST /api/line/take (the magnets this device
// should send now), POST /api/line/done (how the sends went), DELETE /api/line/:id (cancel).
// Every device also gets the line in the live feed's `line` message.
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { joinLineBody, lineDoneBody } from "../../protocol/api-bodies";
import type { TakenMagnets, WaitingLine } from "../../protocol/line";
import type { AppEnv } from "../env";
import { answered, callerAccount, noStore } from "./account-call";
import { badInput, badJson } from "./validation";

const idParam = z.object({ id: z.coerce.number().int().positive() });

export const line = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.waitingLine()) satisfies WaitingLine, 200, noStore);
  })
  .post("/", zValidator("json", joinLineBody, badJson()), async (c) => {
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const waiting = answered(await account.joinLine(apikey, origin, c.req.valid("json").magnets));
    return c.json(waiting satisfies WaitingLine, 200, noStore);
  })
  .post("/take", async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.takeFromLine()) satisfies TakenMagnets, 200, noStore);
  })
  .post("/done", zValidator("json", lineDoneBody, badJson()), async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.lineDone(c.req.valid("json"))) satisfies WaitingLine, 200, noStore);
  })
  .delete("/:id", zValidator("param", idParam, badInput()), async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.leaveLine(c.req.valid("param").id)) satisfies WaitingLine, 200, noStore);
  });
