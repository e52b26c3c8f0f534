// The live part of `npm run bench`: runs test/bench/live/measure.test.ts inside workerd (the
// same pool as the worker tests, with its own config) and collects the rows it prints.
// Bytes and CPU come from the account object's own merge and fan-out fed by a synthetic
// upstream (1000 magnets, 10 changing per tick); calls per minute from the real sandbox.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "live";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

export async function run() {
  // The workers pool wants the [assets] directory to exist; this part may run before the web build.
  mkdirSync(join(root, "dist/web"), { recursive: true });
  const result = spawnSync("npx", ["vitest", "run", "--config", "test/bench/live/vitest.config.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const rows = [...output.matchAll(/LIVE_BENCH (\{.*\})/g)].map((match) => JSON.parse(match[1]));
  if (result.status !== 0 || rows.length === 0) {
    console.error(output.slice(-4000));
    throw new Error(`the workerd bench failed (exit ${result.status})`);
  }
  return rows;
}
