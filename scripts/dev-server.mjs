// Starts the Worker under `wrangler dev` against its sandbox on a free local port, for the
// end-to-end tests, the benchmark and the screenshots, and waits until it answers; `api()` calls
// its AllDebrid API as a client would (a POST form with the key as Bearer) and returns `data`.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateVapidKeys } from "./vapid-keys.mjs";

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * vars: extra wrangler vars (for example a faster SANDBOX_PACE_MS); assets: serve another build
 * folder; logLevel: wrangler's (warn by default; debug also shows where workerd saw an uncaught error).
 * @param {Record<string, string>} [vars]
 * @param {{ assets?: string; logLevel?: string }} [options]
 */
export async function startDevServer(vars = {}, { assets, logLevel = "warn" } = {}) {
  const port = await freePort();
  const persist = mkdtempSync(join(tmpdir(), "debrid-e2e-"));
  const vapid = await generateVapidKeys();
  const allVars = {
    UPSTREAM_URL: "sandbox",
    SANDBOX_ENABLED: "true",
    SANDBOX_PACE_MS: "300",
    // Polls without a socket (a push to send) every 2 s rather than 30: a test waits seconds, not half a minute.
    LIVE_POLL_BACKGROUND_MS: "2000",
    KEY_HASH_SECRET: "e2e-secret",
    // Every test signs in with a fresh sandbox account: the deployment is explicitly open to all.
    ALLOWED_USERS: "*",
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    ...vars,
  };
  const args = ["wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persist];
  args.push("--show-interactive-dev-session=false", "--log-level", logLevel);
  for (const [k, v] of Object.entries(allVars)) args.push("--var", `${k}:${v}`);
  if (assets) args.push("--assets", assets);
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
  delete env.CLOUDFLARE_API_TOKEN;
  const child = spawn("npx", args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (Date.now() >= deadline) throw new Error(`wrangler dev did not answer in 60 s:\n${output}`);
  const stop = async () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  return { url, stop, output: () => output, api: (key, path, params) => postApi(url, key, path, params) };
}

/** One POST to the deployment's AllDebrid API; array values become repeated fields (`magnets[]`). */
async function postApi(url, key, path, params = {}) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  const response = await fetch(`${url}${path}`, { method: "POST", headers: { Authorization: `Bearer ${key}` }, body });
  const answer = await response.json();
  if (answer.status !== "success") throw new Error(`${path}: ${JSON.stringify(answer.error)}`);
  return answer.data;
}
