// Runs the notifications bench's workerd half (measure.test.ts). Background polls every 1000 ms
// (30 times the production pace; the other paces scaled alike, since a background poll never runs
// sooner than LIVE_POLL_ACTIVE_MS) and sandbox magnets step every 500 ms, so a magnet is always
// seen processing before it is Ready. Only test/bench/push.bench.mjs starts it.
import { workerdBenchConfig } from "../workerd-config";

export default workerdBenchConfig("test/bench/push/measure.test.ts", {
  SANDBOX_PACE_MS: "500",
  LIVE_POLL_ACTIVE_MS: "100",
  LIVE_POLL_IDLE_MS: "1000",
  LIVE_POLL_BACKGROUND_MS: "1000",
  // The worker tests' pair (vitest.config.ts).
  VAPID_PUBLIC_KEY: "BJO0bsDHNpty0in89CdS4mY2rCTb4T4HdFUr4XjE4becGHJY4_fwlqz08tTVa-bp2_dnFokU57_sZCOS6_hlOmQ",
  VAPID_PRIVATE_KEY: "UncckHdqSIPEqDwY-NL492Oc0CzblLuZZrbMahWGAKg",
});
