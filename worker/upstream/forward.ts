// Forwards one call upstream inside the caller's rate budget: reads meeting a 429, a 5xx or a
// broken connection are retried with backoff and jitter; writes, and paths the endpoint table
// does not know (they may be writes), go once. Whatever happens, the caller gets an AllDebrid
// envelope: the upstream's own, parsed and as a response to pass on, or one of ours, thrown as an
// AllDebridError, for a transport fault or a spent budget.
import { AllDebridError, type ApiResponse, isEnvelope, JSON_CONTENT_TYPE } from "../../protocol/alldebrid";
import type { Env } from "../env";
import type { UpstreamCall } from "./call";
import { type Attempt, attemptUpstream, type UpstreamSender } from "./send";

/** Whoever hands out upstream slots for this call (the account's Durable Object). */
export interface UpstreamBudget {
  reserveUpstreamSlot(): Promise<{ granted: boolean; retryAfterSeconds?: number; slot?: ReleasableSlot }>;
}

/** The upstream's envelope, parsed, and the response that carries it as it came (status, Retry-After). */
export interface UpstreamAnswer {
  response: Response;
  envelope: ApiResponse<unknown>;
}

interface ReleasableSlot {
  release(): unknown;
  /** An RPC stub's: frees it in both isolates once released, rather than at garbage collection. */
  [Symbol.dispose]?: () => void;
}

export interface ForwardOptions {
  /** The account's budget; calls without a key have none. */
  budget?: UpstreamBudget;
  /** Runs work after the answer is sent (ctx.waitUntil); without it the work is awaited. */
  later?: (work: Promise<unknown>) => void;
  send?: UpstreamSender;
  /** Attempts for a read, the first included. */
  maxAttempts?: number;
  /** The first backoff step in ms; each next one doubles, with jitter. */
  backoffMs?: number;
}

const MAX_BACKOFF_MS = 4000;

export async function forwardCall(
  env: Env,
  origin: string,
  call: UpstreamCall,
  options: ForwardOptions,
): Promise<UpstreamAnswer> {
  const sentOnce = !call.endpoint || call.endpoint.write === true;
  const maxAttempts = sentOnce ? 1 : (options.maxAttempts ?? 3);
  const backoffMs = options.backoffMs ?? 250;
  let attempt: Attempt = { kind: "dropped" };
  for (let n = 1; n <= maxAttempts; n++) {
    const slot = options.budget ? await options.budget.reserveUpstreamSlot() : null;
    if (slot && !slot.granted) throw rateLimited(slot.retryAfterSeconds ?? 1);
    attempt = await attemptUpstream(env, origin, call, options.send);
    // The answer is back, so the call has reached the upstream: its slot may start ageing.
    if (slot?.slot) await releaseLater(slot.slot, options.later);
    if (n === maxAttempts || !worthRetrying(attempt)) break;
    await sleep(backoffDelay(n, backoffMs, attempt));
  }
  return upstreamAnswer(attempt);
}

/** A busy or failing upstream may answer the next try; a timeout already cost the caller enough. */
function worthRetrying(attempt: Attempt): boolean {
  if (attempt.kind === "dropped") return true;
  if (attempt.kind === "timeout") return false;
  return attempt.status === 429 || attempt.status >= 500;
}

/** Exponential backoff with jitter (half fixed, half random), stretched to an upstream Retry-After. */
function backoffDelay(attemptNumber: number, baseMs: number, attempt: Attempt): number {
  const step = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (attemptNumber - 1));
  const jittered = step / 2 + Math.random() * (step / 2);
  const retryAfter = attempt.kind === "answer" ? Number(attempt.retryAfter) : Number.NaN;
  return Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(MAX_BACKOFF_MS, retryAfter * 1000) : jittered;
}

async function releaseLater(slot: ReleasableSlot, later: ForwardOptions["later"]): Promise<void> {
  const released = Promise.resolve(slot.release())
    .catch(() => {
      // The budget's object went away: its slots went with it.
    })
    .finally(() => slot[Symbol.dispose]?.());
  if (later) later(released);
  else await released;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function rateLimited(retryAfterSeconds: number): AllDebridError {
  return new AllDebridError("RATE_LIMITED", undefined, 429, { retryAfterSeconds });
}

/** The upstream envelope as it came (status included); anything else is thrown as one of our codes. */
function upstreamAnswer(attempt: Attempt): UpstreamAnswer {
  if (attempt.kind === "timeout") throw new AllDebridError("UPSTREAM_TIMEOUT");
  if (attempt.kind === "dropped") throw new AllDebridError("UPSTREAM_UNAVAILABLE");
  const envelope = envelopeIn(attempt.text);
  if (envelope) {
    const headers = new Headers({ "Content-Type": attempt.contentType || JSON_CONTENT_TYPE });
    if (attempt.retryAfter) headers.set("Retry-After", attempt.retryAfter);
    else if (attempt.status === 429) headers.set("Retry-After", "1");
    return { response: new Response(attempt.text, { status: attempt.status, headers }), envelope };
  }
  if (attempt.status === 429) throw rateLimited(Number(attempt.retryAfter) || 1);
  if (attempt.status >= 500) throw new AllDebridError("UPSTREAM_UNAVAILABLE");
  throw new AllDebridError("UPSTREAM_INVALID_RESPONSE");
}

function envelopeIn(text: string): ApiResponse<unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return isEnvelope(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
