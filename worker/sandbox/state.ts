// The sandbox's state lives in one Durable Object (SQLite): accounts, PINs, magnets, links.
// Every AllDebrid call is dispatched here by RPC; the answer is a ready-to-send envelope.
import { DurableObject } from "cloudflare:workers";
import {
  AllDebridError,
  type ApiResponse,
  DEPRECATED_ENDPOINTS,
  httpStatusFor,
  PUBLIC_ENDPOINTS,
} from "../../protocol/alldebrid";
import type { Env } from "../env";
import { migrate as migrateAccounts, resolveAccount, type SandboxAccount } from "./accounts";
import { Params, type SandboxCall, type SandboxReply } from "./call";
import type { HandlerContext } from "./context";
import { FEATURES, HANDLERS } from "./endpoints";
import { beforeCall, migrate as migrateOps } from "./ops";

const JSON_TYPE = "application/json; charset=utf-8";

export class Sandbox extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      migrateAccounts(this.sql);
      migrateOps(this.sql);
      for (const feature of FEATURES) feature.migrate?.(this.sql);
    });
  }

  /** Answers one AllDebrid call. */
  async call(call: SandboxCall): Promise<SandboxReply> {
    const now = Date.now();
    const early = beforeCall(this.sql, call, now);
    if (early) return early;
    const deprecated = DEPRECATED_ENDPOINTS.has(call.path) ? { deprecated: true } : {};
    try {
      const handler = HANDLERS[call.path];
      if (!handler) throw new AllDebridError("404", undefined, 404);
      const account = this.accountFor(call, now);
      const data = await handler(this.context(call, account, now));
      const envelope: ApiResponse<unknown> = {
        status: "success",
        ...deprecated,
        ...(account?.demo ? { demo: "true" } : {}),
        data,
      };
      return { status: 200, body: JSON.stringify(envelope), contentType: JSON_TYPE };
    } catch (error) {
      if (!(error instanceof AllDebridError)) throw error;
      const envelope = { ...error.toBody(), ...deprecated };
      const status = error.status || httpStatusFor(error.code);
      return { status, body: JSON.stringify(envelope), contentType: JSON_TYPE };
    }
  }

  private accountFor(call: SandboxCall, now: number): SandboxAccount | null {
    if (PUBLIC_ENDPOINTS.has(call.path) && !call.apikey) return null;
    if (PUBLIC_ENDPOINTS.has(call.path)) {
      try {
        return resolveAccount(this.sql, call.apikey, now);
      } catch {
        return null; // public endpoints ignore a bad optional key
      }
    }
    return resolveAccount(this.sql, call.apikey, now);
  }

  private context(call: SandboxCall, account: SandboxAccount | null, now: number): HandlerContext {
    const paceMs = Number(this.env.SANDBOX_PACE_MS ?? "3000") || 3000;
    return {
      sql: this.sql,
      account,
      params: new Params(call.params),
      files: call.files,
      now,
      viaEdge: call.viaEdge,
      baseUrl: call.baseUrl,
      config: { paceMs },
    };
  }
}

/** The one sandbox object. */
export function sandboxStub(env: Env): DurableObjectStub<Sandbox> {
  return env.SANDBOX.get(env.SANDBOX.idFromName("sandbox"));
}
