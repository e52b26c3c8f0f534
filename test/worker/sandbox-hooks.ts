// The sandbox's test hooks as the worker tests use them: a fresh sandbox key, the account's
// faults, and its call statistics per endpoint path.
import { exports } from "cloudflare:workers";
import type { CallStats } from "../../worker/sandbox/ops/stats";

const HOOKS = "http://edge.test/sandbox";

/** A new premium sandbox account (or another kind, by prefix: "sandboxreseller", "sandboxfree"…). */
export function newKey(prefix = "sandbox"): string {
  return prefix + crypto.randomUUID().replaceAll("-", "");
}

/** Replaces the account's faults; throws when the sandbox refuses them. */
export async function setFaults(apikey: string, faults: object[]): Promise<void> {
  const response = await exports.default.fetch(`${HOOKS}/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ apikey, faults }),
  });
  if (response.status !== 200) throw new Error(`/sandbox/faults answered ${response.status}: ${await response.text()}`);
}

/** How many calls the sandbox received from the account, per endpoint path, and in all, how many the rate limit refused, and the last `ip` of each. */
export async function sandboxStats(apikey: string): Promise<CallStats> {
  // In the query: a key under test may hold what no header can.
  const response = await exports.default.fetch(`${HOOKS}/stats?apikey=${encodeURIComponent(apikey)}`);
  return (await response.json<{ data: CallStats }>()).data;
}
