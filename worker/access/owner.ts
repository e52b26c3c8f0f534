// The owner of a deployment that is closed by default: the first AllDebrid account admitted
// claims it, once, in one Durable Object (so two first sign-ins at the same moment cannot both
// win). Only a keyed hash of the username is kept. KV and the isolate cache the answer, which
// never changes.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import { keyedHash } from "../security/key-hash";

export class DeploymentOwner extends DurableObject<Env> {
  /** The owner's username hash: `userHash` when nobody owned the deployment yet. */
  async claim(userHash: string): Promise<string> {
    const owner = await this.ctx.storage.get<string>("owner");
    if (owner) return owner;
    await this.ctx.storage.put("owner", userHash);
    return userHash;
  }
}

const OWNER_CACHE_PREFIX = "owner:v1:";
const known = new Map<string, string>();

/** The owner's username hash, claimed for `userHash` when the deployment has none yet. */
export async function ownerOf(env: Env, userHash: string): Promise<string> {
  // Named by the deployment's own secret, so the record follows KEY_HASH_SECRET like every other.
  const name = await keyedHash(env, "deployment-owner");
  const remembered = known.get(name) ?? (await env.HOSTS_CACHE.get(OWNER_CACHE_PREFIX + name));
  if (remembered) {
    known.set(name, remembered);
    return remembered;
  }
  const owner = await env.OWNER.get(env.OWNER.idFromName(name)).claim(userHash);
  known.set(name, owner);
  await env.HOSTS_CACHE.put(OWNER_CACHE_PREFIX + name, owner);
  return owner;
}
