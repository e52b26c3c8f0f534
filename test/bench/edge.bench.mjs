// The edge's cost, measured against the sandbox in the same wrangler dev run: proxy overhead
// (edge call minus the same call straight to /sandbox, interleaved) and the hosts cache against
// an uncached hosts fetch with 50 ms of injected upstream latency.
import { startDevServer } from "../../scripts/dev-server.mjs";

export const name = "edge";

const ROUNDS = 300;
const HOSTS_ROUNDS = 30;
/** Keys the authenticated calls rotate over (each sees a handful of calls per second at most). */
const KEYS = 60;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(url, init) {
  const started = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status}`);
  return ms;
}

/**
 * Edge and direct calls alternate, so both see the same machine load. `initFor(n)` gives the
 * n-th call's options: authenticated calls rotate over many keys, so that no account goes past
 * AllDebrid's 12 calls a second and the edge's budget never makes a call wait.
 */
async function overhead(url, path, initFor) {
  const edge = [];
  const direct = [];
  for (let n = 0; n < KEYS; n++) await timed(`${url}${path}`, initFor(n));
  for (let n = 0; n < ROUNDS; n++) {
    edge.push(await timed(`${url}${path}`, initFor(n)));
    direct.push(await timed(`${url}/sandbox${path}`, initFor(n)));
  }
  return { median: percentile(edge, 50) - percentile(direct, 50), p95: percentile(edge, 95) - percentile(direct, 95) };
}

function overheadRows(path, result) {
  return [
    {
      metric: `proxy overhead ${path}, median`,
      value: result.median,
      unit: "ms",
      target: "<= 1",
      pass: result.median <= 1,
    },
    { metric: `proxy overhead ${path}, p95`, value: result.p95, unit: "ms" },
  ];
}

export async function run() {
  const server = await startDevServer({ SANDBOX_PACE_MS: "1000" });
  try {
    // Keyless calls share a budget per client address (120 a minute): the pings come from many
    // clients, as the authenticated calls come from many accounts.
    const ping = await overhead(server.url, "/v4.1/ping", (n) => ({
      headers: { "CF-Connecting-IP": `198.51.100.${n % KEYS}` },
    }));
    const keys = Array.from({ length: KEYS }, (_, n) => `sandboxbench${Date.now()}k${n}`);
    const user = await overhead(server.url, "/v4.1/user", (n) => ({
      headers: { Authorization: `Bearer ${keys[n % KEYS]}` },
    }));
    return [
      ...overheadRows("/v4.1/ping", ping),
      ...overheadRows("/v4.1/user", user),
      ...(await hostsCache(server.url)),
    ];
  } finally {
    await server.stop();
  }
}

/** Cached /v4.1/hosts through the edge against /sandbox/v4.1/hosts answering 50 ms late. */
async function hostsCache(url) {
  // The latency fault is set per account; a few accounts keep each under 12 calls a second.
  const keys = Array.from({ length: 5 }, (_, n) => `sandboxhosts${Date.now()}k${n}`);
  for (const apikey of keys) {
    const faults = { apikey, faults: [{ type: "latency", ms: 50, paths: ["/v4.1/hosts"] }] };
    const set = await fetch(`${url}/sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(faults),
    });
    if (!set.ok) throw new Error(`could not set the latency fault: HTTP ${set.status}`);
  }
  await timed(`${url}/v4.1/hosts`); // fills the cache (a miss)
  const cached = [];
  const uncached = [];
  for (let n = 0; n < HOSTS_ROUNDS; n++) {
    cached.push(await timed(`${url}/v4.1/hosts`));
    const apikey = keys[n % keys.length];
    uncached.push(await timed(`${url}/sandbox/v4.1/hosts`, { headers: { Authorization: `Bearer ${apikey}` } }));
  }
  const speedup = percentile(uncached, 50) / percentile(cached, 50);
  return [
    { metric: "hosts from cache, median", value: percentile(cached, 50), unit: "ms" },
    { metric: "hosts uncached (50 ms upstream latency), median", value: percentile(uncached, 50), unit: "ms" },
    { metric: "hosts cache speed-up", value: speedup, unit: "x", target: ">= 10", pass: speedup >= 10 },
  ];
}
