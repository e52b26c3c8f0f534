// GET /api/health: what this deployment is and where it sends AllDebrid calls.
import { Hono } from "hono";
import { type AppEnv, isSandboxUpstream, VERSION } from "../env";

export const health = new Hono<AppEnv>().get("/", (c) =>
  c.json({
    status: "ok",
    version: VERSION,
    upstream: isSandboxUpstream(c.env) ? "sandbox" : "alldebrid",
    sandbox: c.env.SANDBOX_ENABLED === "true",
  }),
);
