// Runs the live bench's workerd half (measure.test.ts) with the test vars of vitest.config.ts.
// Only test/bench/live.bench.mjs starts it; `npm test` never does.
import { workerdBenchConfig } from "../workerd-config";

export default workerdBenchConfig("test/bench/live/measure.test.ts", {
  SANDBOX_PACE_MS: "50",
  LIVE_POLL_ACTIVE_MS: "500",
  LIVE_POLL_IDLE_MS: "1000",
});
