// Test helpers for AllDebrid's caps (docs/caps.md): the /api/cleanup and /api/line routes as a
// device calls them, Ready magnets finished on given days, and the sandbox's count of deletes.
import { runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import type { Magnet } from "../../protocol/alldebrid";
import { configOf } from "../../worker/config";
import { magnetAt } from "../../worker/sandbox/magnets/progress";
import { insertMagnet, listMagnets } from "../../worker/sandbox/magnets/store";
import { sandboxStub } from "../../worker/sandbox/stub";
import { hashStartingWith, ORIGIN } from "./live-helpers";
import { sandboxStats } from "./sandbox-hooks";

/** One call to the deployment's own API, JSON in and out. */
export function appApi(path: string, apikey: string | null, method = "GET", body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (apikey) headers.Authorization = `Bearer ${apikey}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const sent = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  return exports.default.fetch(`${ORIGIN}${path}`, { method, headers, body: sent });
}

/** The JSON of a call that must succeed. */
export async function appJson<T>(path: string, apikey: string, method = "GET", body?: unknown): Promise<T> {
  const response = await appApi(path, apikey, method, body);
  if (response.status !== 200)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.json<T>();
}

/** A distinct hash of a magnet Ready at once (the sandbox's `0…` hashes). */
export function readyHash(n: number, salt = crypto.randomUUID().slice(0, 8)): string {
  return `0${salt.replace(/[^0-9a-f]/g, "0")}${String(n).padStart(31, "0")}`.slice(0, 40);
}

/**
 * Magnets written straight into the sandbox's state, as another client would have added them,
 * without a call that counts against the key's 12 a second: `count` of them, with hashes from
 * `hashOf`, added `daysAgo` days ago.
 */
async function insertMagnets(apikey: string, count: number, hashOf: (n: number) => string, daysAgo = 0) {
  const at = Date.now() - daysAgo * 86_400_000;
  return runInDurableObject(sandboxStub(env), (_instance, state) =>
    Array.from({ length: count }, (_, n) => {
      const hash = hashOf(n);
      const magnet = {
        apikey,
        hash,
        name: `${hash}.iso`,
        size: 1000,
        files: null,
        uploaded: at,
        started: at,
        restarts: 0,
      };
      return insertMagnet(state.storage.sql, magnet).id;
    }),
  );
}

/** Ready magnets (hashes `0…`), finished `daysAgo` days ago. */
export function insertReady(apikey: string, count: number, daysAgo = 0): Promise<number[]> {
  return insertMagnets(apikey, count, (n) => readyHash(n), daysAgo);
}

/** Magnets that stay processing for any test (the sandbox's slow `e…` hashes). */
export function insertProcessing(apikey: string, count: number): Promise<number[]> {
  return insertMagnets(apikey, count, () => hashStartingWith("e"));
}

/** `count` Ready magnets, the first finished `count - 0.5` days ago, the next a day later, and so on: oldest first. */
export async function readyMagnetsByAge(apikey: string, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let n = 0; n < count; n++) ids.push(...(await insertReady(apikey, 1, count - n - 0.5)));
  return ids;
}

/**
 * The account's magnets as the sandbox holds them now, read from its state: a test that watches
 * the account spends none of the key's 12 calls a second, which the object's own calls need.
 */
export async function upstreamMagnets(apikey: string): Promise<Magnet[]> {
  const paceMs = configOf(env).sandbox.paceMs;
  const stored = await runInDurableObject(sandboxStub(env), (_instance, state) =>
    listMagnets(state.storage.sql, apikey),
  );
  return stored.map((magnet) => magnetAt(magnet, Date.now(), paceMs));
}

export async function deleteCalls(apikey: string): Promise<number> {
  return (await sandboxStats(apikey)).calls["/v4.1/magnet/delete"] ?? 0;
}
