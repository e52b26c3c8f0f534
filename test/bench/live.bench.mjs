// The live part of `npm run bench`: runs test/bench/live/measure.test.ts inside workerd (the
// same pool as the worker tests, with its own config) and collects the rows it prints.
// Bytes and CPU come from the account object's own merge and fan-out fed by a synthetic
// upstream (1000 magnets, 10 changing per tick); calls per minute from the real sandbox.
import { runWorkerdBench } from "./workerd.mjs";

export const name = "live";

export async function run() {
  return runWorkerdBench("test/bench/live/vitest.config.ts", "LIVE_BENCH");
}
