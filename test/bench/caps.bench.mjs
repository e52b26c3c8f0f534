// The caps part of `npm run bench`: runs test/bench/caps/measure.test.ts inside workerd (the
// worker tests' pool, with its own config) and collects its rows: 100 finished magnets cleaned at
// once by the account object's cleanup rules (upstream calls, time within the key's budget, peak
// calls a second) and the live patch delay a connected device sees meanwhile.
import { runWorkerdBench } from "./workerd.mjs";

export const name = "caps";

export async function run() {
  return runWorkerdBench("test/bench/caps/vitest.config.ts", "CAPS_BENCH");
}
