// What every /api route that acts for an account does first: the Bearer apikey, admitted as on
// the API mirror (worker/access: a plausible key the upstream accepted, an account this
// deployment allows), its account's object, and the object's RPC answer as a value or an error.
import { AllDebridError } from "../../protocol/alldebrid";
import { admittedAccount, callerOf } from "../access";
import type { AccountStub } from "../account";
import type { LiveAnswer } from "../account/account";
import type { Env } from "../env";
import { bearerOf } from "../security/bearer";
import { keyedHash } from "../security/key-hash";

export const noStore = { "Cache-Control": "no-store" };

function bearerApikey(request: Request): string {
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

/** The caller's account, once its apikey is admitted here; throws the refusal otherwise. */
export async function callerAccount(env: Env, request: Request): Promise<AccountCall> {
  const apikey = bearerApikey(request);
  const caller = callerOf(request);
  const account = await admittedAccount(env, apikey, caller);
  return { apikey, origin: caller.origin, name: await keyedHash(env, apikey), account };
}

export function answered<T>(answer: LiveAnswer<T>): T {
  if (answer.ok) return answer.value;
  throw new AllDebridError(answer.code, answer.message, answer.status);
}
