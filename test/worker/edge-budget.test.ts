import { env, exports } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { budgetLimits, RateBudget } from "../../worker/account/budget";
import { forwardCall, ownCall } from "../../worker/upstream";
import { answered } from "./edge-upstream";
import { newKey, sandboxStats } from "./sandbox-hooks";

/** The limits an account's budget runs with: AllDebrid's documented rates, and a queue of 120. */
const DOCUMENTED_LIMITS = budgetLimits(120);

const BASE = "http://edge.test";

/** The largest number of moments that fall within any one window of `windowMs`. */
function busiestWindow(moments: number[], windowMs: number): number {
  const sorted = [...moments].sort((a, b) => a - b);
  let busiest = 0;
  for (const [i, start] of sorted.entries()) {
    busiest = Math.max(busiest, sorted.filter((m, j) => j >= i && m < start + windowMs).length);
  }
  return busiest;
}

describe("the per-account upstream budget", () => {
  // The budget's clock and timers are faked: the tests move time on instead of sleeping.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets 10 bulk calls go at once and the next ones only as earlier calls age past a second", async () => {
    const budget = new RateBudget();
    const started = Date.now();
    const grantedAt: number[] = [];
    const calls = Array.from({ length: 30 }, async () => {
      const grant = await budget.reserve("bulk");
      grantedAt.push(Date.now() - started);
      grant.slot?.release();
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(calls);
    expect(grantedAt.filter((t) => t < 500)).toHaveLength(10);
    expect(busiestWindow(grantedAt, 1000)).toBeLessThanOrEqual(10);
    expect(Math.max(...grantedAt)).toBeGreaterThanOrEqual(2000);
  });

  it("keeps 2 slots a second for live polls, and serves a waiting live poll before any waiting bulk call", async () => {
    const budget = new RateBudget();
    const bulk = await Promise.all(Array.from({ length: 10 }, () => budget.reserve("bulk")));
    expect(bulk.every((grant) => grant.granted && grant.waitedMs === 0)).toBe(true);
    const order: string[] = [];
    const waitingBulk = budget.reserve("bulk").then(() => order.push("bulk"));
    const live = await Promise.all([budget.reserve("live"), budget.reserve("live")]);
    expect(live.map((grant) => grant.waitedMs)).toEqual([0, 0]);
    const waitingLive = budget.reserve("live").then(() => order.push("live"));
    for (const grant of [...bulk, ...live]) grant.slot?.release();
    await vi.advanceTimersByTimeAsync(2500);
    await Promise.all([waitingBulk, waitingLive]);
    expect(order).toEqual(["live", "bulk"]);
  });

  it("counts a slot until its call is released, however long the upstream takes", async () => {
    const budget = new RateBudget();
    const held = await Promise.all(Array.from({ length: 12 }, () => budget.reserve("live")));
    let served = false;
    const next = budget.reserve("live").then((grant) => {
      served = true;
      return grant;
    });
    await vi.advanceTimersByTimeAsync(1200);
    expect(served).toBe(false);
    for (const grant of held) grant.slot?.release();
    // Released just now: the 13th call waits a full second after the first ones came back.
    await vi.advanceTimersByTimeAsync(990);
    expect(served).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect((await next).granted).toBe(true);
  });

  it("holds 600 calls a minute, 540 of them for bulk calls, even when they are spread out", async () => {
    let now = 0;
    // Calls that reach AllDebrid at once (no transit) keep this test on the minute window alone.
    const budget = new RateBudget({ ...DOCUMENTED_LIMITS, maxTransitMs: 0 }, () => now);
    for (let n = 0; n < 540; n++) {
      now = Math.floor(n / 10) * 1100;
      const grant = await budget.reserve("bulk");
      expect(grant.waitedMs).toBe(0);
      grant.slot?.release();
    }
    // A second after the last batch: the second is free again, the minute is full for bulk calls…
    now = 53 * 1100 + 1100;
    void budget.reserve("bulk");
    expect(budget.queued).toBe(1);
    // …and still open to live polls, up to the documented 600.
    for (let n = 0; n < 60; n++) {
      now = 54 * 1100 + Math.floor(n / 12) * 1100;
      expect((await budget.reserve("live")).waitedMs).toBe(0);
    }
    void budget.reserve("live");
    expect(budget.queued).toBe(2);
  });

  it("refuses a bulk call past the queue bound with a Retry-After", async () => {
    const budget = new RateBudget({ ...DOCUMENTED_LIMITS, queueLimit: 3 });
    const grants = Array.from({ length: 13 }, () => budget.reserve("bulk"));
    expect(budget.queued).toBe(3);
    expect(await budget.reserve("bulk")).toEqual({ granted: false, waitedMs: 0, retryAfterSeconds: 1 });
    for (const grant of await Promise.all(grants.slice(0, 10))) grant.slot?.release();
    await vi.advanceTimersByTimeAsync(2000);
    expect((await Promise.all(grants)).every((g) => g.granted)).toBe(true);
  });
});

describe("the per-account upstream budget at the edge", () => {
  it("answers 429 with Retry-After and the RATE_LIMITED envelope when the queue is full", async () => {
    const budget = new RateBudget({ ...DOCUMENTED_LIMITS, queueLimit: 0 });
    const slots = { reserveUpstreamSlot: () => budget.reserve("bulk") };
    const call = ownCall("/v4.1/ping", null);
    const answers = await Promise.all(
      Array.from({ length: 11 }, () => answered(forwardCall(env, BASE, call, { budget: slots }))),
    );
    const limited = answers.filter((r) => r.status === 429);
    expect(limited).toHaveLength(1);
    expect(limited[0]?.headers.get("Retry-After")).toBe("1");
    expect(await limited[0]?.json()).toMatchObject({ status: "error", error: { code: "RATE_LIMITED" } });
  });

  it("keeps a burst of 100 calls from many devices under 10 a second upstream, and no caller sees a 429", async () => {
    const apikey = newKey();
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () =>
        exports.default.fetch(`${BASE}/v4.1/user`, { headers: { Authorization: `Bearer ${apikey}` } }),
      ),
    );
    const elapsed = Date.now() - started;
    expect(answers.map((r) => r.status)).toEqual(Array(100).fill(200));
    // The sandbox answers 429 past 12 calls in any second, and the edge would have retried:
    // exactly 100 calls there means none was over the limit.
    // One more call admitted the new key first.
    expect((await sandboxStats(apikey)).calls).toEqual({ "/v4.1/user": 101 });
    // 100 bulk calls at 10 a second take at least 9 full windows.
    expect(elapsed).toBeGreaterThanOrEqual(9 * 1000);
  }, 30_000);
});
