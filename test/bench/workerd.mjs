// Runs the workerd half of a bench part (a vitest file under its own config, in the same pool as
// the worker tests) and collects the rows it prints as `<marker> {json}` lines.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

export function runWorkerdBench(config, marker) {
  // The workers pool wants the [assets] directory to exist; this part may run before the web build.
  mkdirSync(join(root, "dist/web"), { recursive: true });
  const result = spawnSync("npx", ["vitest", "run", "--config", config], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const rows = [...output.matchAll(new RegExp(`${marker} (\\{.*\\})`, "g"))].map((match) => JSON.parse(match[1]));
  if (result.status !== 0 || rows.length === 0) {
    console.error(output.slice(-4000));
    throw new Error(`the workerd bench failed (exit ${result.status})`);
  }
  return rows;
}
