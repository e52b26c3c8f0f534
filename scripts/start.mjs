// `npm start`: builds the app, then runs the Worker under wrangler (workerd) on 127.0.0.1,
// offline, with the built-in sandbox as the AllDebrid upstream. PORT overrides 8787. Stopped by
// Ctrl+C (SIGINT) or SIGTERM, it stops everything it started (wrangler, workerd, the build), so
// nothing is left holding the port.
import { spawn } from "node:child_process";
import { localVapidKeys } from "./vapid-keys.mjs";

const port = process.env.PORT ?? "8787";
const offline = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_LOG: process.env.WRANGLER_LOG ?? "info",
};
delete offline.CLOUDFLARE_API_TOKEN;

/** The vars that turn a local run into a sandbox run. */
const sandboxVars = {
  UPSTREAM_URL: "sandbox",
  SANDBOX_ENABLED: "true",
  SANDBOX_PACE_MS: process.env.SANDBOX_PACE_MS ?? "3000",
  KEY_HASH_SECRET: "local-development-only",
  // Explicitly open: anyone trying the local sandbox gets a fresh account of their own.
  ALLOWED_USERS: "*",
};

/** What this script started and has not seen exit; each leads a process group of its own. */
const running = new Set();
let stopping = false;

/**
 * Runs a command in a process group of its own, so that stopping it stops its children too
 * (npx starts wrangler, which starts workerd): killing only the direct child leaves them behind.
 */
function start(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env, detached: true });
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Whether any process of the group still runs (a zombie left to an init that does not reap counts a while). */
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Until the whole group is gone (workerd outlives wrangler by a moment), 3 s at most. */
async function groupGone(pid) {
  for (let waited = 0; waited < 3_000 && groupAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops every group started, waits for them (forcing after 5 s), then exits as the signal asks. */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  const groups = [...running];
  const exited = groups.map((child) => new Promise((resolve) => child.once("exit", resolve)));
  for (const child of groups) signalGroup(child, "SIGTERM");
  const force = setTimeout(() => {
    for (const child of groups) signalGroup(child, "SIGKILL");
  }, 5_000);
  await Promise.all(exited);
  await Promise.all(groups.map((child) => groupGone(child.pid)));
  clearTimeout(force);
  process.exit(signal === "SIGINT" ? 130 : 143);
}

process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

/** Runs a command to its end; a failure ends `npm start` with its code. */
async function runToEnd(command, args) {
  const code = await new Promise((resolve) => start(command, args).on("exit", (exitCode) => resolve(exitCode ?? 1)));
  if (code !== 0 && !stopping) process.exit(code);
}

if (!process.argv.includes("--no-build")) await runToEnd("npx", ["vite", "build", "--logLevel", "warn"]);

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

if (!stopping) {
  const wrangler = start("npx", args, offline);
  // wrangler ending by itself (a port taken, a bad config) ends `npm start` with its code.
  wrangler.on("exit", (code) => {
    if (!stopping) process.exit(code ?? 0);
  });
}
