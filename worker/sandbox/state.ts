// The sandbox's state lives in one Durable Object (SQLite): accounts, PINs, links, magnets,
// stats and faults. Every AllDebrid call is dispatched here by RPC; the answer is a
// ready-to-send envelope. The pages and test hooks call the other RPC methods.
import { DurableObject } from "cloudflare:workers";
import {
  AllDebridError,
  type ApiResponse,
  httpStatusFor,
  JSON_CONTENT_TYPE,
  type ResolvedEndpoint,
} from "../../protocol/alldebrid";
import { configOf } from "../config";
import type { Env } from "../env";
import { keyedHash } from "../security/key-hash";
import { migrate as migrateAccounts, resolveAccount, type SandboxAccount } from "./accounts";
import { decideVerification } from "./accounts/blocked";
import type { Plan } from "./accounts/keys";
import { Params, type SandboxCall, type SandboxReply } from "./call";
import type { HandlerContext } from "./context";
import { type DownloadFile, findDownload } from "./downloads";
import { FEATURES, handlerFor } from "./endpoints";
import { ageMagnets } from "./magnets/store";
import { beforeCall, errorReply, migrate as migrateOps, RateLimiter } from "./ops";
import { type ActiveFault, type Fault, faultsOf, setFaults } from "./ops/faults";
import { type CallStats, resetStats, statsOf } from "./ops/stats";
import { type ApproveResult, approvePin, expirePin } from "./pin/store";
import {
  type CapturedPush,
  forget as forgetPush,
  migrate as migratePush,
  type PushAnswer,
  type PushFault,
  receive as receivePush,
  requestsTo,
  setPushFaults,
} from "./push/store";

export class Sandbox extends DurableObject<Env> {
  private readonly sql: SqlStorage;
  private readonly limiter = new RateLimiter();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      migrateAccounts(this.sql);
      migrateOps(this.sql);
      migratePush(this.sql);
      for (const feature of FEATURES) feature.migrate?.(this.sql);
    });
  }

  /** Answers one AllDebrid call. */
  async call(call: SandboxCall): Promise<SandboxReply> {
    const now = Date.now();
    const keyName = call.apikey ? await keyedHash(this.env, call.apikey) : null;
    const early = beforeCall(this.sql, call, keyName, now, this.limiter);
    const reply = early.reply ?? (await this.answer(call, now));
    return early.delayMs ? { ...reply, delayMs: (reply.delayMs ?? 0) + early.delayMs } : reply;
  }

  private async answer(call: SandboxCall, now: number): Promise<SandboxReply> {
    const endpoint = call.endpoint;
    const handler = endpoint ? handlerFor(endpoint) : null;
    const deprecated = endpoint !== null && endpoint.lifecycle !== "current";
    try {
      // A retired form answers DISCONTINUED whatever the key and the parameters, as the service does.
      if (endpoint?.lifecycle === "retired")
        throw new AllDebridError("DISCONTINUED", undefined, undefined, { deprecated });
      if (!endpoint || !handler) throw new AllDebridError("404", undefined, 404);
      const account = this.accountFor(endpoint, call, now);
      const data = await handler(this.context(call, account, now));
      const envelope: ApiResponse<unknown> = {
        status: "success",
        ...(deprecated ? { deprecated } : {}),
        ...(account?.demo ? { demo: "true" } : {}),
        data,
      };
      return { status: 200, body: JSON.stringify(envelope), contentType: JSON_CONTENT_TYPE };
    } catch (error) {
      if (!(error instanceof AllDebridError)) throw error;
      const { code, message, status, token } = error;
      return errorReply(new AllDebridError(code, message, status || httpStatusFor(code), { token, deprecated }));
    }
  }

  /**
   * The caller's account: required, optional on public endpoints (a bad optional key is ignored),
   * or not looked at for those that go by a token (a still-blocked key cannot authenticate, and
   * reading it must not block it again).
   */
  private accountFor(endpoint: ResolvedEndpoint, call: SandboxCall, now: number): SandboxAccount | null {
    if (endpoint.auth === "token") return null;
    if (endpoint.auth === "key") return resolveAccount(this.sql, call.apikey, now);
    if (!call.apikey) return null;
    try {
      return resolveAccount(this.sql, call.apikey, now);
    } catch (error) {
      if (error instanceof AllDebridError) return null;
      throw error;
    }
  }

  private context(call: SandboxCall, account: SandboxAccount | null, now: number): HandlerContext {
    return {
      sql: this.sql,
      account,
      params: new Params(call.params),
      files: call.files,
      now,
      viaEdge: call.viaEdge,
      baseUrl: call.baseUrl,
      config: configOf(this.env).sandbox,
    };
  }

  /** The PIN page: a person approves a PIN, creating an account of `plan`. */
  async approvePin(pin: string, plan: Plan): Promise<ApproveResult> {
    return approvePin(this.sql, pin, plan, Date.now());
  }

  /** Test hook: a PIN expires now. */
  async expirePin(pin: string): Promise<boolean> {
    return expirePin(this.sql, pin, Date.now());
  }

  /** The verification page: a person allows or denies a new location. */
  async decideVerification(token: string, allow: boolean): Promise<boolean> {
    return decideVerification(this.sql, token, allow);
  }

  async download(id: string): Promise<DownloadFile | null> {
    return findDownload(this.sql, id);
  }

  async stats(apikey: string): Promise<CallStats> {
    return statsOf(this.sql, await keyedHash(this.env, apikey));
  }

  async resetStats(apikey: string): Promise<void> {
    resetStats(this.sql, await keyedHash(this.env, apikey));
  }

  async faults(apikey: string): Promise<ActiveFault[]> {
    return faultsOf(this.sql, apikey);
  }

  async setFaults(apikey: string, faults: Fault[]): Promise<void> {
    setFaults(this.sql, apikey, faults);
  }

  /** Test hook: the account's magnets (or those of `ids`) as if added `days` days earlier. */
  async ageMagnets(apikey: string, ids: number[] | null, days: number): Promise<number> {
    return ageMagnets(this.sql, apikey, ids, Math.round(days * 86_400_000));
  }

  /** The push service stand-in receives one request (see push/store.ts). */
  async receivePush(url: string, request: Omit<CapturedPush, "answered">): Promise<PushAnswer> {
    return receivePush(this.sql, url, request);
  }

  async pushRequests(url: string): Promise<CapturedPush[]> {
    return requestsTo(this.sql, url);
  }

  async forgetPush(url: string): Promise<void> {
    forgetPush(this.sql, url);
  }

  async setPushFaults(url: string, faults: PushFault[]): Promise<void> {
    setPushFaults(this.sql, url, faults);
  }
}
