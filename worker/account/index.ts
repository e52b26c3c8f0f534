// One Durable Object per AllDebrid account, named by the keyed hash of its apikey: the account's
// upstream rate budget, its live magnet sync for every connected device, and its live tickets.
// The edge and the /api routes reach it only through these lookups.
import type { Env } from "../env";
import type { Account } from "./account";

export { Account } from "./account";

export type AccountStub = DurableObjectStub<Account>;

/** The object of an account by its name (the keyed hash), as a live ticket carries it. */
export function accountNamed(env: Env, name: string): AccountStub {
  return env.ACCOUNT.get(env.ACCOUNT.idFromName(name));
}
