// The budget of refused apikeys per client address: each key the upstream refuses is counted
// by the Workers Rate Limiting binding (KEY_REFUSALS in wrangler.toml: 10 a minute); past it the
// address is blocked for a minute, and its new keys are refused without an upstream call. A
// person with a typo never gets there; a flood of junk keys costs at most that many calls.
import { AllDebridError } from "../../protocol/alldebrid";
import type { Env } from "../env";
import { keyedHash } from "../security/key-hash";

const BLOCKED_PREFIX = "blocked:v1:";
const BLOCK_SECONDS = 60;
const blockedHere = new Map<string, number>();

/** Throws RATE_LIMITED while the address is blocked. */
export async function requireUnblocked(env: Env, address: string, now = Date.now()): Promise<void> {
  const name = await addressName(env, address);
  const until = blockedHere.get(name) ?? Number(await env.HOSTS_CACHE.get(BLOCKED_PREFIX + name));
  if (until > now) {
    blockedHere.set(name, until);
    const retryAfterSeconds = Math.ceil((until - now) / 1000);
    throw new AllDebridError("RATE_LIMITED", "Too many refused apikeys from this address, retry later", 429, {
      retryAfterSeconds,
    });
  }
  blockedHere.delete(name);
}

/** Counts one refused key of the address, and blocks the address once it is over the budget. */
export async function countRefusal(env: Env, address: string, now = Date.now()): Promise<void> {
  const name = await addressName(env, address);
  const { success } = await env.KEY_REFUSALS.limit({ key: name });
  if (success) return;
  const until = now + BLOCK_SECONDS * 1000;
  blockedHere.set(name, until);
  await env.HOSTS_CACHE.put(BLOCKED_PREFIX + name, String(until), { expirationTtl: BLOCK_SECONDS });
}

/** Addresses are kept as keyed hashes, like keys and usernames. */
function addressName(env: Env, address: string): Promise<string> {
  return keyedHash(env, `address:${address}`);
}
