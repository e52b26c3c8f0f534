// The cleanup routes of the app's API (docs/caps.md): GET and POST /api/cleanup (Bearer: the
// account's rules, kept and applied by its object) and POST /api/cleanup/oldest (Bearer: delete
// the oldest finished magnets now, to make room for an add refused at 1000 magnets).
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { cleanupRulesBody, oldestBody } from "../../protocol/api-bodies";
import type { CleanupRules, OldestDeleted } from "../../protocol/cleanup";
import type { AppEnv } from "../env";
import { answered, callerAccount, noStore } from "./account-call";
import { badJson } from "./validation";

export const cleanup = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    return c.json((await account.cleanupRules()) satisfies CleanupRules, 200, noStore);
  })
  .post("/", zValidator("json", cleanupRulesBody, badJson()), async (c) => {
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const rules = answered(await account.setCleanupRules(apikey, origin, c.req.valid("json")));
    return c.json(rules satisfies CleanupRules, 200, noStore);
  })
  .post("/oldest", zValidator("json", oldestBody, badJson()), async (c) => {
    const { apikey, origin, account } = await callerAccount(c.env, c.req.raw);
    const deleted = answered(await account.deleteOldest(apikey, origin, c.req.valid("json").count));
    return c.json(deleted satisfies OldestDeleted, 200, noStore);
  });
