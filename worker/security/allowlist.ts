// ALLOWED_USERS: a personal deployment is no open proxy. The AllDebrid username behind a key is
// asked of the upstream (/v4.1/user) once an hour; KV keeps only keyed hashes (of the key, of the
// username), so neither the key nor the name is stored. An unlisted user gets ACCESS_DENIED.
import { AllDebridError, isEnvelope } from "../../protocol/alldebrid";
import { ownCall } from "../edge/call";
import { type ForwardOptions, forwardCall } from "../edge/forward";
import type { Env } from "../env";
import { keyedHash } from "./key-hash";

export const USERS_CACHE_PREFIX = "users:v1:";
export const USERNAME_TTL_SECONDS = 60 * 60;

/** Asks the upstream who owns the key: the /v4.1/user answer, already an envelope. */
export type UserLookup = () => Promise<Response>;

/** The lookup as the edge and /api make it: /v4.1/user with the key, inside the account's budget. */
export function upstreamUserLookup(
  env: Env,
  origin: string,
  apikey: string,
  options: Pick<ForwardOptions, "budget" | "later">,
): UserLookup {
  return () => forwardCall(env, origin, ownCall("/v4.1/user", apikey), options);
}

export function allowedUsers(env: Env): string[] {
  return (env.ALLOWED_USERS ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

/** Throws ACCESS_DENIED, or the upstream's refusal of the key, unless the key may use this deployment. */
export async function requireAllowedUser(env: Env, apikey: string, lookup: UserLookup): Promise<void> {
  const allowed = allowedUsers(env);
  if (allowed.length === 0) return;
  const cacheKey = USERS_CACHE_PREFIX + (await keyedHash(env, apikey));
  let userHash = await env.HOSTS_CACHE.get(cacheKey);
  if (userHash === null) {
    // A bad key or an upstream fault throws that answer, and nothing is cached.
    const username = await usernameIn(await lookup());
    userHash = await usernameHash(env, username);
    await env.HOSTS_CACHE.put(cacheKey, userHash, { expirationTtl: USERNAME_TTL_SECONDS });
  }
  const allowedHashes = await Promise.all(allowed.map((name) => usernameHash(env, name)));
  if (!allowedHashes.includes(userHash)) throw new AllDebridError("ACCESS_DENIED");
}

/** Usernames compare without case, so the list need not copy the exact spelling. */
function usernameHash(env: Env, username: string): Promise<string> {
  return keyedHash(env, `user:${username.toLowerCase()}`);
}

/** The username of a /v4.1/user answer; any other answer is thrown as the error it carries. */
async function usernameIn(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  if (!isEnvelope(body)) throw new AllDebridError("UPSTREAM_INVALID_RESPONSE");
  if (body.status === "error") {
    const retryAfter = Number(response.headers.get("Retry-After"));
    const details = { token: body.error.token, retryAfterSeconds: retryAfter > 0 ? retryAfter : undefined };
    throw new AllDebridError(body.error.code, body.error.message, response.status, details);
  }
  const username = (body.data as { user?: { username?: unknown } }).user?.username;
  if (typeof username !== "string" || username === "") throw new AllDebridError("UPSTREAM_INVALID_RESPONSE");
  return username;
}
