// The test hook routes: GET/DELETE /sandbox/stats and GET/POST/DELETE /sandbox/faults, for one
// account named by its apikey (query or JSON body `apikey`, or Authorization: Bearer).
import { Hono } from "hono";
import { AllDebridError } from "../../../protocol/alldebrid";
import type { AppEnv } from "../../env";
import { bearerOf } from "../../security/bearer";
import { isSandboxKey } from "../accounts/keys";
import { sandboxStub } from "../state";
import { faultsBodySchema } from "./faults";

function badRequest(message: string): Response {
  return Response.json(new AllDebridError("BAD_REQUEST", message, 400).toBody(), { status: 400 });
}

function keyOf(request: Request, fromBody?: string): string | null {
  return bearerOf(request) || fromBody || new URL(request.url).searchParams.get("apikey") || null;
}

const MISSING_KEY = "Name the account: an apikey parameter or an Authorization: Bearer header";

export const opsRoutes = new Hono<AppEnv>()
  .get("/stats", async (c) => {
    const apikey = keyOf(c.req.raw);
    if (!apikey) return badRequest(MISSING_KEY);
    return c.json({ status: "success", data: await sandboxStub(c.env).stats(apikey) });
  })
  .delete("/stats", async (c) => {
    const apikey = keyOf(c.req.raw);
    if (!apikey) return badRequest(MISSING_KEY);
    await sandboxStub(c.env).resetStats(apikey);
    return c.json({ status: "success", data: { message: "Statistics were reset" } });
  })
  .get("/faults", async (c) => {
    const apikey = keyOf(c.req.raw);
    if (!apikey) return badRequest(MISSING_KEY);
    return c.json({ status: "success", data: { faults: await sandboxStub(c.env).faults(apikey) } });
  })
  .post("/faults", async (c) => {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      return badRequest('The body must be JSON: { "faults": [ … ] }');
    }
    const parsed = faultsBodySchema.safeParse(json);
    if (!parsed.success)
      return badRequest(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const apikey = keyOf(c.req.raw, parsed.data.apikey);
    if (!apikey) return badRequest(MISSING_KEY);
    // The sandbox stores faults under the key: a real AllDebrid key must not end up there.
    if (!isSandboxKey(apikey)) return badRequest("Faults apply to sandbox keys only (sandbox… or a demo key)");
    await sandboxStub(c.env).setFaults(apikey, parsed.data.faults);
    return c.json({ status: "success", data: { faults: parsed.data.faults } });
  })
  .delete("/faults", async (c) => {
    const apikey = keyOf(c.req.raw);
    if (!apikey) return badRequest(MISSING_KEY);
    await sandboxStub(c.env).setFaults(apikey, []);
    return c.json({ status: "success", data: { faults: [] } });
  });
