// The test hook routes: GET/DELETE /sandbox/stats, GET/POST/DELETE /sandbox/faults and POST
// /sandbox/magnets/age, for one account named by its apikey (query or JSON body `apikey`, or
// Authorization: Bearer).
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { AllDebridError } from "../../../protocol/alldebrid";
import { badJson } from "../../api/validation";
import type { AppEnv } from "../../env";
import { bearerOf } from "../../security/bearer";
import { isSandboxKey } from "../accounts/keys";
import { sandboxStub } from "../stub";
import { faultsBodySchema } from "./faults";

/** Magnets as if added `days` earlier: all the account's, or those of `ids`. */
const ageBody = z.strictObject({
  apikey: z.string().min(1).optional(),
  days: z.number().positive().max(3650),
  ids: z.array(z.number().int().positive()).min(1).max(1000).optional(),
});

const MISSING_KEY = "Name the account: an apikey parameter or an Authorization: Bearer header";

/** A hook that changes state takes sandbox keys only: a real AllDebrid key must not end up stored there. */
function sandboxKeyOf(request: Request, fromBody?: string): string {
  const apikey = keyOf(request, fromBody);
  if (!isSandboxKey(apikey))
    throw new AllDebridError("BAD_REQUEST", "Test hooks take sandbox keys only (sandbox… or a demo key)");
  return apikey;
}

/** The account a hook call names; BAD_REQUEST when it names none. */
function keyOf(request: Request, fromBody?: string): string {
  const apikey = bearerOf(request) || fromBody || new URL(request.url).searchParams.get("apikey");
  if (!apikey) throw new AllDebridError("BAD_REQUEST", MISSING_KEY);
  return apikey;
}

export const opsRoutes = new Hono<AppEnv>()
  .get("/stats", async (c) => c.json({ status: "success", data: await sandboxStub(c.env).stats(keyOf(c.req.raw)) }))
  .delete("/stats", async (c) => {
    await sandboxStub(c.env).resetStats(keyOf(c.req.raw));
    return c.json({ status: "success", data: { message: "Statistics were reset" } });
  })
  .get("/faults", async (c) => {
    const faults = await sandboxStub(c.env).faults(keyOf(c.req.raw));
    return c.json({ status: "success", data: { faults } });
  })
  .post("/faults", zValidator("json", faultsBodySchema, badJson()), async (c) => {
    const body = c.req.valid("json");
    const apikey = sandboxKeyOf(c.req.raw, body.apikey);
    await sandboxStub(c.env).setFaults(apikey, body.faults);
    return c.json({ status: "success", data: { faults: body.faults } });
  })
  .delete("/faults", async (c) => {
    await sandboxStub(c.env).setFaults(keyOf(c.req.raw), []);
    return c.json({ status: "success", data: { faults: [] } });
  })
  .post("/magnets/age", zValidator("json", ageBody, badJson()), async (c) => {
    const { apikey, days, ids } = c.req.valid("json");
    const aged = await sandboxStub(c.env).ageMagnets(sandboxKeyOf(c.req.raw, apikey), ids ?? null, days);
    return c.json({ status: "success", data: { aged } });
  });
