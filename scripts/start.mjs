// `npm start`: builds the app, then runs the Worker under wrangler (workerd) on 127.0.0.1,
// offline, with the built-in sandbox as the AllDebrid upstream. PORT overrides 8787.
import { spawn, spawnSync } from "node:child_process";
import { localVapidKeys } from "./vapid-keys.mjs";

const port = process.env.PORT ?? "8787";
const offline = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_LOG: process.env.WRANGLER_LOG ?? "info",
};
delete offline.CLOUDFLARE_API_TOKEN;

if (!process.argv.includes("--no-build")) {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The vars that turn a local run into a sandbox run; shared with the end-to-end tests. */
export const sandboxVars = {
  UPSTREAM_URL: "sandbox",
  SANDBOX_ENABLED: "true",
  SANDBOX_PACE_MS: process.env.SANDBOX_PACE_MS ?? "3000",
  KEY_HASH_SECRET: "local-development-only",
  // Explicitly open: anyone trying the local sandbox gets a fresh account of their own.
  ALLOWED_USERS: "*",
};

// A local VAPID pair, made once and kept under .wrangler/ so subscriptions survive a restart.
const vapid = await localVapidKeys(".wrangler/debrid-vapid.json");
sandboxVars.VAPID_PUBLIC_KEY = vapid.publicKey;
sandboxVars.VAPID_PRIVATE_KEY = vapid.privateKey;

const args = [
  "wrangler",
  "dev",
  "--ip",
  "127.0.0.1",
  "--port",
  port,
  "--show-interactive-dev-session=false",
  ...Object.entries(sandboxVars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
];
if (process.env.WRANGLER_PERSIST_TO) args.push("--persist-to", process.env.WRANGLER_PERSIST_TO);

const child = spawn("npx", args, { stdio: "inherit", env: offline });
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 0));
