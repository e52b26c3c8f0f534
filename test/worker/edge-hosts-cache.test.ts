import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { AllDebridError } from "../../protocol/alldebrid";
import { answerHosts } from "../../worker/hosts-cache";
import { HOSTS_VARIANTS, type HostsVariant, readHostsEntry, writeHostsEntry } from "../../worker/hosts-cache/store";
import worker from "../../worker/index";

const BASE = "http://edge.test";
const TTL_SECONDS = Number(env.HOSTS_CACHE_TTL_SECONDS);

async function untilStored(variant: HostsVariant, after = 0): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const entry = await readHostsEntry(env.HOSTS_CACHE, variant);
    if (entry && entry.fetchedAt > after) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${variant} was not stored in time`);
}

/** An entry fetched long ago (past its TTL) with a body the upstream would never send. */
async function storeExpired(variant: HostsVariant, fetchedAt: number): Promise<string> {
  const body = JSON.stringify({ status: "success", data: { hosts: { yesterday: { name: "yesterday" } } } });
  await writeHostsEntry(env.HOSTS_CACHE, variant, body, fetchedAt);
  return body;
}

// Each test starts with no hosts answer cached. Only the hosts entries go ("hosts:" keys): the
// namespace holds the Stremio links' tokens too.
beforeEach(async () => {
  const { keys } = await env.HOSTS_CACHE.list({ prefix: "hosts:" });
  await Promise.all(keys.map(({ name }) => env.HOSTS_CACHE.delete(name)));
});

describe("the hosts cache", () => {
  it("fetches a cold entry once (fwd=miss), then answers from KV (hit) with the same body and ETag", async () => {
    const first = await exports.default.fetch(`${BASE}/v4.1/hosts`);
    expect(first.headers.get("Cache-Status")).toMatch(/^alldebrid-edge; fwd=miss; stored/);
    const body = await first.text();
    expect(body).toBe(await (await exports.default.fetch(`${BASE}/sandbox/v4.1/hosts`)).text());
    await untilStored("hosts");

    const second = await exports.default.fetch(`${BASE}/v4.1/hosts`, { method: "POST" });
    expect(second.headers.get("Cache-Status")).toMatch(/^alldebrid-edge; hit; ttl=\d+$/);
    expect(await second.text()).toBe(body);
    expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
  });

  it("answers /v4/hosts and /v4.1/hosts from the one entry, as the service gives both the same", async () => {
    const current = await exports.default.fetch(`${BASE}/v4.1/hosts/priority`);
    await untilStored("hosts/priority");
    const older = await exports.default.fetch(`${BASE}/v4/hosts/priority`);
    expect(older.headers.get("Cache-Status")).toMatch(/hit/);
    expect(await older.text()).toBe(await current.text());
  });

  it("keeps hostsOnly as an entry of its own", async () => {
    await exports.default.fetch(`${BASE}/v4.1/hosts`);
    await untilStored("hosts");
    const hostsOnly = await exports.default.fetch(`${BASE}/v4.1/hosts?hostsOnly=true`);
    expect(hostsOnly.headers.get("Cache-Status")).toMatch(/fwd=miss/);
    const body = await hostsOnly.json<{ data: object }>();
    expect(Object.keys(body.data)).toEqual(["hosts"]);
    await untilStored("hosts?hostsOnly=true");
    const asForm = await exports.default.fetch(`${BASE}/v4.1/hosts`, {
      method: "POST",
      body: new URLSearchParams({ hostsOnly: "1" }),
    });
    expect(asForm.headers.get("Cache-Status")).toMatch(/hit/);
    expect(await asForm.json()).toEqual(body);
  });

  it("answers If-None-Match with 304 and no body", async () => {
    const first = await exports.default.fetch(`${BASE}/v4.1/hosts/domains`);
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    await untilStored("hosts/domains");
    const again = await exports.default.fetch(`${BASE}/v4.1/hosts/domains`, {
      headers: { "If-None-Match": `W/${etag}` },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    const changed = await exports.default.fetch(`${BASE}/v4.1/hosts/domains`, {
      headers: { "If-None-Match": '"other"' },
    });
    expect(changed.status).toBe(200);
  });

  it("serves an expired entry at once (fwd=stale) and refreshes it in the background", async () => {
    const longAgo = Date.now() - (TTL_SECONDS + 60) * 1000;
    const old = await storeExpired("hosts/priority", longAgo);
    const stale = await exports.default.fetch(`${BASE}/v4.1/hosts/priority`);
    expect(stale.headers.get("Cache-Status")).toMatch(/^alldebrid-edge; fwd=stale; ttl=-\d+$/);
    expect(await stale.text()).toBe(old);
    await untilStored("hosts/priority", longAgo);
    const fresh = await exports.default.fetch(`${BASE}/v4.1/hosts/priority`);
    expect(fresh.headers.get("Cache-Status")).toMatch(/hit/);
    expect(await fresh.text()).toBe(await (await exports.default.fetch(`${BASE}/sandbox/v4.1/hosts/priority`)).text());
  });

  it("keeps serving the stale entry while the upstream fails", async () => {
    const longAgo = Date.now() - (TTL_SECONDS + 60) * 1000;
    const old = await storeExpired("hosts", longAgo);
    const failing = async () => {
      throw new AllDebridError("UPSTREAM_UNAVAILABLE");
    };
    for (let n = 0; n < 2; n++) {
      const pending: Promise<unknown>[] = [];
      const response = await answerHosts(env, (work) => pending.push(work), "hosts", null, failing);
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Status")).toMatch(/fwd=stale/);
      expect(await response.text()).toBe(old);
      await Promise.all(pending);
      expect((await readHostsEntry(env.HOSTS_CACHE, "hosts"))?.fetchedAt).toBe(longAgo);
    }
  });

  it("answers a cold entry with the upstream's error when the upstream fails, and stores nothing", async () => {
    const envelope = { status: "error", error: { code: "MAINTENANCE", message: "down" } } as const;
    const failing = async () => ({ response: Response.json(envelope, { status: 502 }), envelope });
    const response = await answerHosts(env, () => {}, "hosts/domains", null, failing);
    expect(response.status).toBe(502);
    expect(response.headers.get("Cache-Status")).toBe("alldebrid-edge; fwd=miss; fwd-status=502");
    expect(await readHostsEntry(env.HOSTS_CACHE, "hosts/domains")).toBeNull();
  });

  it("is filled by the cron trigger, and health reports its age", async () => {
    const empty = await exports.default.fetch(`${BASE}/api/health`);
    expect(await empty.json()).toMatchObject({ hostsCacheAgeSeconds: null });
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "17 */2 * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    for (const variant of HOSTS_VARIANTS) expect(await readHostsEntry(env.HOSTS_CACHE, variant)).not.toBeNull();
    const health = await exports.default.fetch(`${BASE}/api/health`);
    const { hostsCacheAgeSeconds } = await health.json<{ hostsCacheAgeSeconds: number }>();
    expect(hostsCacheAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(hostsCacheAgeSeconds).toBeLessThan(60);
  });

  it("stores no apikey, even when a caller sends one with a hosts call", async () => {
    const apikey = `sandbox${crypto.randomUUID().replaceAll("-", "")}`;
    await exports.default.fetch(`${BASE}/v4.1/hosts?apikey=${apikey}`);
    await untilStored("hosts");
    const listed = await env.HOSTS_CACHE.list();
    for (const { name } of listed.keys) {
      expect(name).not.toContain(apikey);
      expect(await env.HOSTS_CACHE.get(name)).not.toContain(apikey);
    }
  });
});
