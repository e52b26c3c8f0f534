// Add-on tokens in KV: `stremio:v1:<keyed hash of the token>` names the account object that holds
// it. A token that is not shaped like one, or that KV does not know, costs no upstream call and
// touches no account object; such misses are counted per client address like keyless calls, so
// guessing tokens is rate limited. KV may lag a revocation: the object checks the hash itself.
import { AllDebridError } from "../../protocol/alldebrid";
import { requireKeylessBudget } from "../access";
import { type AccountStub, accountNamed } from "../account";
import { addonTokenHash } from "../account/stremio";
import type { Env } from "../env";

const PREFIX = "stremio:v1:";
/** 16 random bytes in base64url are 22 characters; a little room either way, nothing more. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,64}$/;

export interface AddonAccount {
  account: AccountStub;
  tokenHash: string;
}

/** The account a presented token belongs to; throws the 404 envelope (or 429 when guessing) otherwise. */
export async function accountOfToken(env: Env, token: string, address: string): Promise<AddonAccount> {
  const tokenHash = TOKEN_SHAPE.test(token) ? await addonTokenHash(env, token) : null;
  const name = tokenHash ? await env.HOSTS_CACHE.get(PREFIX + tokenHash) : null;
  if (!tokenHash || !name) {
    await requireKeylessBudget(env, address);
    throw new AllDebridError("404", "This add-on link does not exist, or was revoked", 404);
  }
  return { account: accountNamed(env, name), tokenHash };
}

/** Points a token at its account's object (the object's name: the keyed hash of the apikey). */
export async function saveToken(env: Env, tokenHash: string, accountName: string): Promise<void> {
  const key = PREFIX + tokenHash;
  // KV takes about one write a second per key: a link asked for again writes nothing.
  if ((await env.HOSTS_CACHE.get(key)) !== accountName) await env.HOSTS_CACHE.put(key, accountName);
}

export function forgetToken(env: Env, tokenHash: string): Promise<void> {
  return env.HOSTS_CACHE.delete(PREFIX + tokenHash);
}
