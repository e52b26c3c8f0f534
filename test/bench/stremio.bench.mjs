// The Stremio add-on's cost, against the sandbox in one wrangler dev run: the catalog of an account
// with 1000 magnets as Stremio asks for it (latency at the edge, and upstream status calls per
// request, counted by the sandbox), and the upstream unlocks that repeated plays of one file make.
import { startDevServer } from "../../scripts/dev-server.mjs";

export const name = "stremio";

const MAGNETS = 1000;
const ROUNDS = 300;
const PLAYS = 50;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A ready-at-once hash ("0…") of its own for magnet n, with a film-like name. */
function magnetUri(n) {
  const hash = `0${n.toString(16).padStart(39, "0")}`;
  return `magnet:?xt=urn:btih:${hash}&dn=Open.Movie.${n}.${2000 + (n % 25)}.1080p.mkv&xl=${700_000_000 + n}`;
}

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}

async function timed(url) {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status}`);
  return performance.now() - started;
}

async function upstreamCalls(url, key, path) {
  const { data } = await json(`${url}/sandbox/stats?apikey=${encodeURIComponent(key)}`);
  return data.calls[path] ?? 0;
}

export async function run() {
  const server = await startDevServer({ SANDBOX_PACE_MS: "1000" });
  try {
    const key = `sandboxbenchstremio${Date.now()}`;
    await server.api(key, "/v4.1/magnet/upload", {
      "magnets[]": Array.from({ length: MAGNETS }, (_, n) => magnetUri(n + 1)),
    });
    const link = await json(`${server.url}/api/stremio`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}` },
    });
    const catalogUrl = link.manifestUrl.replace("manifest.json", "catalog/other/alldebrid-edge.magnets.json");
    const first = await json(catalogUrl);
    if (first.metas.length !== 100) throw new Error(`the catalog's first page held ${first.metas.length} items`);
    for (let n = 0; n < 20; n++) await timed(catalogUrl);

    const statusBefore = await upstreamCalls(server.url, key, "/v4.1/magnet/status");
    const latencies = [];
    for (let n = 0; n < ROUNDS; n++)
      latencies.push(await timed(n % 2 ? catalogUrl : catalogUrl.replace(".json", "/skip=500.json")));
    const statusCalls = (await upstreamCalls(server.url, key, "/v4.1/magnet/status")) - statusBefore;

    const { meta } = await json(link.manifestUrl.replace("manifest.json", `meta/other/${first.metas[0].id}.json`));
    const { streams } = await json(link.manifestUrl.replace("manifest.json", `stream/other/${meta.videos[0].id}.json`));
    const unlocksBefore = await upstreamCalls(server.url, key, "/v4.1/link/unlock");
    for (let n = 0; n < PLAYS; n++) {
      const played = await fetch(streams[0].url, {
        redirect: "manual",
        headers: { "CF-Connecting-IP": "203.0.113.50" },
      });
      if (played.status !== 302) throw new Error(`play ${n} answered HTTP ${played.status}`);
    }
    const unlocks = (await upstreamCalls(server.url, key, "/v4.1/link/unlock")) - unlocksBefore;

    const median = percentile(latencies, 50);
    const perRequest = statusCalls / ROUNDS;
    return [
      {
        metric: `catalog of ${MAGNETS} magnets at the edge, median`,
        value: median,
        unit: "ms",
        target: "<= 20",
        pass: median <= 20,
      },
      { metric: `catalog of ${MAGNETS} magnets at the edge, p95`, value: percentile(latencies, 95), unit: "ms" },
      {
        metric: `upstream status calls per catalog request (${ROUNDS} in a row)`,
        value: perRequest,
        unit: "calls",
        target: "<= 1",
        pass: perRequest <= 1,
      },
      { metric: `upstream status calls in those ${ROUNDS} requests`, value: statusCalls, unit: "calls" },
      {
        metric: `upstream unlocks for ${PLAYS} plays of one file`,
        value: unlocks,
        unit: "calls",
        target: "1",
        pass: unlocks === 1,
      },
    ];
  } finally {
    await server.stop();
  }
}
