// Who may use this deployment, checked before any account object is touched: the apikey must
// look like one, the upstream must have accepted it (asked once, remembered under its keyed
// hash, refusals too), and its account must be allowed by ALLOWED_USERS (the owner by default).
// An address whose new keys the upstream keeps refusing gets no more checks for a while.
import { AllDebridError, isPlausibleApikey, REFUSED_APIKEY_CODES } from "../../protocol/alldebrid";
import { type AccountStub, accountNamed } from "../account";
import type { Env } from "../env";
import { keyedHash } from "../security/key-hash";
import { callUpstream } from "../upstream";
import { ownerOf } from "./owner";
import { accessPolicy } from "./policy";
import { countRefusal, requireUnblocked } from "./refusals";
import { readVerdict, type Verdict, writeVerdict } from "./verdicts";

export { DeploymentOwner } from "./owner";

/** Where a call comes from: the deployment's origin (for the sandbox's links) and the client's address. */
export interface Caller {
  origin: string;
  /** CF-Connecting-IP, set by Cloudflare and not by the client; "local" under wrangler dev and tests. */
  address: string;
  later?: (work: Promise<unknown>) => void;
}

export function callerOf(request: Request, later?: Caller["later"]): Caller {
  return {
    origin: new URL(request.url).origin,
    address: request.headers.get("CF-Connecting-IP") ?? "local",
    later,
  };
}

/** Throws AUTH_BAD_APIKEY for what cannot be a key, before anything is built from it. */
export function requirePlausible(apikey: string): void {
  if (!isPlausibleApikey(apikey)) throw new AllDebridError("AUTH_BAD_APIKEY");
}

/** Throws RATE_LIMITED when the address made too many calls without an apikey this minute. */
export async function requireKeylessBudget(env: Env, address: string): Promise<void> {
  const { success } = await env.KEYLESS_CALLS.limit({ key: address });
  if (!success) throw new AllDebridError("RATE_LIMITED", undefined, 429, { retryAfterSeconds: 60 });
}

/** The account object of a key the upstream accepted and this deployment admits; throws otherwise. */
export async function admittedAccount(env: Env, apikey: string, caller: Caller): Promise<AccountStub> {
  requirePlausible(apikey);
  const keyHash = await keyedHash(env, apikey);
  const verdict = (await readVerdict(env.HOSTS_CACHE, keyHash)) ?? (await checkOnce(env, apikey, keyHash, caller));
  if (!verdict.accepted) {
    const { code, message, token } = verdict.refusal;
    throw new AllDebridError(code, message, undefined, { token });
  }
  await requireAllowed(env, verdict.userHash);
  return accountNamed(env, keyHash);
}

/** Checks running in this isolate: a burst of calls with a new key makes one check, not one each. */
const checking = new Map<string, Promise<Verdict>>();

function checkOnce(env: Env, apikey: string, keyHash: string, caller: Caller): Promise<Verdict> {
  let check = checking.get(keyHash);
  if (!check) {
    check = checkUpstream(env, apikey, keyHash, caller).finally(() => checking.delete(keyHash));
    checking.set(keyHash, check);
  }
  return check;
}

/** Asks the upstream who owns a key seen for the first time, and remembers the answer. */
async function checkUpstream(env: Env, apikey: string, keyHash: string, caller: Caller): Promise<Verdict> {
  await requireUnblocked(env, caller.address);
  let username: unknown;
  try {
    // An answer without a user is not trusted: it is UPSTREAM_INVALID_RESPONSE below.
    const data: { user?: { username?: unknown } } = await callUpstream(env, "/v4.1/user", {}, { ...caller, apikey });
    username = data.user?.username;
  } catch (error) {
    // A refusal of the key itself is remembered; AUTH_BLOCKED clears once the location is verified.
    if (!(error instanceof AllDebridError) || !REFUSED_APIKEY_CODES.has(error.code) || error.code === "AUTH_BLOCKED")
      throw error;
    const verdict: Verdict = { accepted: false, refusal: { code: error.code, message: error.message } };
    await writeVerdict(env.HOSTS_CACHE, keyHash, verdict);
    await countRefusal(env, caller.address);
    return verdict;
  }
  if (typeof username !== "string" || username === "") throw new AllDebridError("UPSTREAM_INVALID_RESPONSE");
  const verdict: Verdict = { accepted: true, userHash: await usernameHash(env, username) };
  await writeVerdict(env.HOSTS_CACHE, keyHash, verdict);
  return verdict;
}

const DENIED_TO_OTHERS =
  "This deployment belongs to another AllDebrid account. Its owner can let you in by adding your AllDebrid username to ALLOWED_USERS";

async function requireAllowed(env: Env, userHash: string): Promise<void> {
  const policy = accessPolicy(env.ALLOWED_USERS);
  if (policy.kind === "open") return;
  if (policy.kind === "owner") {
    if ((await ownerOf(env, userHash)) !== userHash) throw new AllDebridError("ACCESS_DENIED", DENIED_TO_OTHERS);
    return;
  }
  const allowed = await Promise.all(policy.usernames.map((name) => usernameHash(env, name)));
  if (!allowed.includes(userHash)) throw new AllDebridError("ACCESS_DENIED");
}

/** Usernames compare without case, so the list need not copy the exact spelling. */
function usernameHash(env: Env, username: string): Promise<string> {
  return keyedHash(env, `user:${username.toLowerCase()}`);
}
