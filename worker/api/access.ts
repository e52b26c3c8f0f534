// What every /api route that acts for an account does first: the Bearer apikey, the account's
// object, the ALLOWED_USERS check, and turning the object's RPC answer into a value or an error.
import { AllDebridError } from "../../protocol/alldebrid";
import { type AccountStub, accountNamed } from "../account";
import type { LiveAnswer } from "../account/account";
import type { Env } from "../env";
import { requireAllowedUser, upstreamUserLookup } from "../security/allowlist";
import { bearerOf } from "../security/bearer";
import { keyedHash } from "../security/key-hash";

export const noStore = { "Cache-Control": "no-store" };

export function bearerApikey(request: Request): string {
  const apikey = bearerOf(request);
  if (!apikey) throw new AllDebridError("AUTH_MISSING_APIKEY");
  return apikey;
}

export interface AccountCall {
  apikey: string;
  /** This deployment's origin, as the request reached it. */
  origin: string;
  /** The keyed hash that names the account's object. */
  name: string;
  account: AccountStub;
}

/** The caller's account, once its apikey is known and its user allowed here (as for the API mirror). */
export async function callerAccount(env: Env, request: Request): Promise<AccountCall> {
  const apikey = bearerApikey(request);
  const origin = new URL(request.url).origin;
  const name = await keyedHash(env, apikey);
  const account = accountNamed(env, name);
  await requireAllowedUser(env, apikey, upstreamUserLookup(env, origin, apikey, { budget: account }));
  return { apikey, origin, name, account };
}

export function answered<T>(answer: LiveAnswer<T>): T {
  if (answer.ok) return answer.value;
  throw new AllDebridError(answer.code, answer.message, answer.status);
}
