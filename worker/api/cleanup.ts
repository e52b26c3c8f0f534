// The cleanup routes of the app's API (docs/caps.md): GET and POST /api/cleanup (Bearer: the
// account's rules, kept and applied by its object) and POST /api/cleanup/oldest (Bearer: delete
// the oldest finished magnets now, to make room for an add refused at 1000 magnets).
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { CLEANUP_LIMITS, type CleanupRules, MAX_OLDEST, type OldestDeleted } from "../../protocol/cleanup";
import type { AppEnv } from "../env";
import { answered, callerAccount, noStore } from "./account-call";
import { badJson } from "./validation";

const rule = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max).nullable();

/** Both rules, whole numbers in range or null, and nothing else. */
const rulesBody = z.strictObject({
  keepFinished: rule(CLEANUP_LIMITS.keepFinished),
  finishedForDays: rule(CLEANUP_LIMITS.finishedForDays),
});

const oldestBody = z.strictObject({ count: z.number().int().min(1).max(MAX_OLDEST) });

export const cleanup = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.cleanupRules()) satisfies CleanupRules, 200, noStore);
  })
  .post("/", zValidator("json", rulesBody, badJson()), async (c) => {
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const rules = answered(await account.setCleanupRules(apikey, origin, c.req.valid("json")));
    return c.json(rules satisfies CleanupRules, 200, noStore);
  })
  .post("/oldest", zValidator("json", oldestBody, badJson()), async (c) => {
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const deleted = answered(await account.deleteOldest(apikey, origin, c.req.valid("json").count));
    return c.json(deleted satisfies OldestDeleted, 200, noStore);
  });
