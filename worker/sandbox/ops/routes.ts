// The test hook routes: GET/DELETE /sandbox/stats and GET/POST/DELETE /sandbox/faults, for one
// account named by its apikey (query or JSON body `apikey`, or Authorization: Bearer).
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { AllDebridError } from "../../../protocol/alldebrid";
import { badJson } from "../../api/validation";
import type { AppEnv } from "../../env";
import { bearerOf } from "../../security/bearer";
import { isSandboxKey } from "../accounts/keys";
import { sandboxStub } from "../stub";
import { faultsBodySchema } from "./faults";

const MISSING_KEY = "Name the account: an apikey parameter or an Authorization: Bearer header";

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
    const apikey = keyOf(c.req.raw, body.apikey);
    // The sandbox stores faults under the key: a real AllDebrid key must not end up there.
    if (!isSandboxKey(apikey))
      throw new AllDebridError("BAD_REQUEST", "Faults apply to sandbox keys only (sandbox… or a demo key)");
    await sandboxStub(c.env).setFaults(apikey, body.faults);
    return c.json({ status: "success", data: { faults: body.faults } });
  })
  .delete("/faults", async (c) => {
    await sandboxStub(c.env).setFaults(keyOf(c.req.raw), []);
    return c.json({ status: "success", data: { faults: [] } });
  });
