// The account's Stremio add-on link (docs/stremio.md): POST /api/stremio makes it (or gives the
// one there is), GET shows it (404 when there is none), DELETE revokes it, after which every URL
// under its token answers 404. Keys are admitted as on the API mirror (owner, ALLOWED_USERS).
import { Hono } from "hono";
import { AllDebridError } from "../../protocol/alldebrid";
import type { StremioLink, StremioRevoked } from "../../protocol/stremio";
import type { AddonToken } from "../account/stremio";
import type { AppEnv } from "../env";
import { forgetToken, saveToken } from "../stremio/tokens";
import { answered, callerAccount, noStore } from "./account-call";

function linkOf(origin: string, token: string): StremioLink {
  const path = `/stremio/${token}/manifest.json`;
  return { manifestUrl: `${origin}${path}`, installUrl: `stremio://${new URL(origin).host}${path}` };
}

function noLink(): AllDebridError {
  return new AllDebridError("404", "This account has no Stremio add-on link yet: make one with POST /api/stremio", 404);
}

export const stremioLink = new Hono<AppEnv>()
  .post("/", async (c) => {
    const { apikey, origin, name, account } = await callerAccount(c.env, c.req.raw);
    const made: AddonToken = answered(await account.makeStremioLink(apikey, origin));
    await saveToken(c.env, made.tokenHash, name);
    return c.json(linkOf(origin, made.token) satisfies StremioLink, 200, noStore);
  })
  .get("/", async (c) => {
    const { origin, account } = await callerAccount(c.env, c.req.raw);
    const held = await account.stremioLink();
    if (!held) throw noLink();
    return c.json(linkOf(origin, held.token) satisfies StremioLink, 200, noStore);
  })
  .delete("/", async (c) => {
    const { account } = await callerAccount(c.env, c.req.raw);
    const tokenHash = await account.revokeStremioLink();
    if (tokenHash) await forgetToken(c.env, tokenHash);
    return c.json({ revoked: tokenHash !== null } satisfies StremioRevoked, 200, noStore);
  });
