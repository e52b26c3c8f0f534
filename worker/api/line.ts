// The waiting line's routes of the app's API (docs/caps.md), all Bearer: GET /api/line, POST
// /api/line (magnets refused at 30 active join it), POST /api/line/take (the magnets this device
// should send now), POST /api/line/done (how the sends went), DELETE /api/line/:id (cancel).
// Every device also gets the line in the live feed's `line` message.
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { infoHashOf } from "../../protocol/alldebrid";
import { MAX_WAITING, type TakenMagnets, type WaitingLine } from "../../protocol/line";
import type { AppEnv } from "../env";
import { answered, callerAccount, noStore } from "./account-call";
import { badInput, badJson } from "./validation";

const magnet = z
  .string()
  .max(4096)
  .refine((text) => infoHashOf(text) !== null, { message: "must be a magnet link or an info hash" });

const joinBody = z.strictObject({
  magnets: z
    .array(z.strictObject({ magnet, name: z.string().max(300).optional() }))
    .min(1)
    .max(MAX_WAITING),
});

const lineId = z.number().int().positive();
const doneBody = z.strictObject({
  sent: z.array(lineId).max(MAX_WAITING),
  waiting: z.array(lineId).max(MAX_WAITING),
});
const idParam = z.object({ id: z.coerce.number().int().positive() });

export const line = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.waitingLine()) satisfies WaitingLine, 200, noStore);
  })
  .post("/", zValidator("json", joinBody, badJson()), async (c) => {
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const waiting = answered(await account.joinLine(apikey, origin, c.req.valid("json").magnets));
    return c.json(waiting satisfies WaitingLine, 200, noStore);
  })
  .post("/take", async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.takeFromLine()) satisfies TakenMagnets, 200, noStore);
  })
  .post("/done", zValidator("json", doneBody, badJson()), async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.lineDone(c.req.valid("json"))) satisfies WaitingLine, 200, noStore);
  })
  .delete("/:id", zValidator("param", idParam, badInput()), async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.leaveLine(c.req.valid("param").id)) satisfies WaitingLine, 200, noStore);
  });
