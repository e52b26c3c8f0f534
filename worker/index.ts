// The Worker: the user's personal AllDebrid endpoint. It mounts the API mirror (/v4, /v4.1),
// the app's own API (/api), the account's Stremio add-on (/stremio), the sandbox (/sandbox, when
// enabled) and serves the PWA.
import { Hono } from "hono";
import { API_ROUTE } from "../protocol/alldebrid";
import { api } from "./api";
import { edge, refreshHostsCache } from "./edge";
import type { AppEnv, Env } from "./env";
import { notFound, onError } from "./errors";
import { sandbox } from "./sandbox";
import { requestBodyLimit } from "./security/body-limit";
import { apiCors } from "./security/cors";
import { securityHeaders } from "./security/headers";
import { share } from "./share";
import { stremio } from "./stremio";

const app = new Hono<AppEnv>();

app.use(securityHeaders);
app.use("/api/*", apiCors);
app.use(API_ROUTE, apiCors);
app.use(requestBodyLimit);
app.route("/sandbox", sandbox);
app.route("/share", share);
app.route("/api", api);
app.route("/stremio", stremio);
app.route("/", edge);
app.get("*", (c) => c.env.ASSETS.fetch(c.req.raw));
app.notFound(() => notFound());
app.onError(onError);

export { DeploymentOwner } from "./access";
export { Account } from "./account";
export { Sandbox } from "./sandbox/state";

export default {
  fetch: app.fetch,
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(refreshHostsCache(env));
  },
} satisfies ExportedHandler<Env>;
