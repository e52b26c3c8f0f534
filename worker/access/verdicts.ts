// What the upstream said of each apikey, kept under its keyed hash: the account's username hash
// once accepted (an hour), the refusal once refused (five minutes), so a repeated key costs no
// upstream call. KV holds it for every isolate, a small map in front of it for this one.
import type { ApiErrorBody } from "../../protocol/alldebrid";

export type Verdict = { accepted: true; userHash: string } | { accepted: false; refusal: ApiErrorBody };

const VERDICT_PREFIX = "keys:v1:";
const ACCEPTED_TTL_SECONDS = 60 * 60;
/** KV's shortest expiry is a minute; a refused key is forgotten after five. */
const REFUSED_TTL_SECONDS = 5 * 60;
/** How long this isolate trusts what it read, before reading KV again. */
const MEMORY_MS = 60_000;
const MEMORY_LIMIT = 1000;

const memory = new Map<string, { verdict: Verdict; until: number }>();

export async function readVerdict(kv: KVNamespace, keyHash: string, now = Date.now()): Promise<Verdict | null> {
  const held = memory.get(keyHash);
  if (held && held.until > now) return held.verdict;
  const verdict = await kv.get<Verdict>(VERDICT_PREFIX + keyHash, "json");
  if (verdict) remember(keyHash, verdict, now);
  return verdict;
}

export async function writeVerdict(
  kv: KVNamespace,
  keyHash: string,
  verdict: Verdict,
  now = Date.now(),
): Promise<void> {
  remember(keyHash, verdict, now);
  const expirationTtl = verdict.accepted ? ACCEPTED_TTL_SECONDS : REFUSED_TTL_SECONDS;
  await kv.put(VERDICT_PREFIX + keyHash, JSON.stringify(verdict), { expirationTtl });
}

function remember(keyHash: string, verdict: Verdict, now: number): void {
  // A flood of distinct keys must not grow the isolate without bound.
  if (memory.size >= MEMORY_LIMIT) memory.delete(memory.keys().next().value as string);
  memory.set(keyHash, { verdict, until: now + MEMORY_MS });
}
