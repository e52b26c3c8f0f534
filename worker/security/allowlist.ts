// ALLOWED_USERS: a personal deployment is no open proxy. The AllDebrid username behind a key is
// asked of the upstream (/v4.1/user) once an hour; KV keeps only keyed hashes (of the key, of the
// username), so neither the key nor the name is stored. An unlisted user gets ACCESS_DENIED.
import { isEnvelope } from "../../protocol/alldebrid";
import { ownCall } from "../edge/call";
import { type ForwardOptions, forwardCall } from "../edge/forward";
import type { Env } from "../env";
import { apiError, errorResponse } from "../errors";
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

/** Null when the key may use this deployment, else the answer to send instead. */
export async function checkAllowedUser(env: Env, apikey: string, lookup: UserLookup): Promise<Response | null> {
  const allowed = allowedUsers(env);
  if (allowed.length === 0) return null;
  const cacheKey = USERS_CACHE_PREFIX + (await keyedHash(env, apikey));
  let userHash = await env.HOSTS_CACHE.get(cacheKey);
  if (userHash === null) {
    const response = await lookup();
    const username = await usernameIn(response.clone());
    // A bad key or an upstream fault: the caller gets that answer, and nothing is cached.
    if (username === null) return response;
    userHash = await usernameHash(env, username);
    await env.HOSTS_CACHE.put(cacheKey, userHash, { expirationTtl: USERNAME_TTL_SECONDS });
  }
  const allowedHashes = await Promise.all(allowed.map((name) => usernameHash(env, name)));
  return allowedHashes.includes(userHash) ? null : errorResponse(apiError("ACCESS_DENIED"));
}

/** Usernames compare without case, so the list need not copy the exact spelling. */
function usernameHash(env: Env, username: string): Promise<string> {
  return keyedHash(env, `user:${username.toLowerCase()}`);
}

async function usernameIn(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    if (!isEnvelope(body) || body.status !== "success") return null;
    const username = (body.data as { user?: { username?: unknown } }).user?.username;
    return typeof username === "string" && username !== "" ? username : null;
  } catch {
    return null;
  }
}
