// Runs the caps bench's workerd half (measure.test.ts) at the production live pace (a poll every
// 2 s while a magnet is processing), so the patch delay is the one a device sees in use. Only
// test/bench/caps.bench.mjs starts it.
import { workerdBenchConfig } from "../workerd-config";

export default workerdBenchConfig("test/bench/caps/measure.test.ts", {
  SANDBOX_PACE_MS: "50",
  LIVE_POLL_ACTIVE_MS: "2000",
  LIVE_POLL_IDLE_MS: "30000",
});
