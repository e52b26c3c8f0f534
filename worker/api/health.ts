// GET /api/health: what this deployment is, where it sends AllDebrid calls, and how old its
// hosts cache is (seconds since the oldest entry was fetched; null while it is empty).
import { Hono } from "hono";
import { version } from "../../package.json";
import { type AppEnv, isSandboxUpstream } from "../env";
import { hostsCacheAgeSeconds } from "../hosts-cache";

export const health = new Hono<AppEnv>().get("/", async (c) =>
  c.json({
    status: "ok",
    version,
    upstream: isSandboxUpstream(c.env) ? "sandbox" : "alldebrid",
    sandbox: c.env.SANDBOX_ENABLED === "true",
    hostsCacheAgeSeconds: await hostsCacheAgeSeconds(c.env.HOSTS_CACHE, Date.now()),
  }),
);
