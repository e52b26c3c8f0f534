// The notifications part of `npm run bench`: runs test/bench/push/measure.test.ts inside workerd
// with its own config (background polls every second instead of 30 s) and collects its rows:
// upstream status calls per hour with no device and one magnet processing, and the delay from a
// sandbox magnet turning Ready to its push reaching the (sandbox) push service.
import { runWorkerdBench } from "./workerd.mjs";

export const name = "push";

export async function run() {
  return runWorkerdBench("test/bench/push/vitest.config.ts", "PUSH_BENCH");
}
