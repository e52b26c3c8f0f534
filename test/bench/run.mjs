// `npm run bench`: runs every part (test/bench/*.bench.mjs), prints one table and writes
// bench-results/bench.json. Each part exports `name` and `run()`, which returns rows of
// { metric, value, unit, target?, pass? }. Targets are compared within one run (ratios or
// sizes), never against wall-clock time measured in another run.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const parts = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const results = [];
let failed = 0;
for (const file of parts) {
  const part = await import(join(here, file));
  console.log(`\n> ${part.name}`);
  try {
    const rows = await part.run();
    for (const row of rows) results.push({ part: part.name, ...row });
  } catch (error) {
    failed++;
    console.error(`  ${part.name} failed: ${error?.stack ?? error}`);
    results.push({ part: part.name, metric: "run", value: "failed", unit: "", pass: false });
  }
}

const table = results.map((r) => ({
  part: r.part,
  metric: r.metric,
  value: typeof r.value === "number" ? Number(r.value.toFixed(3)) : r.value,
  unit: r.unit,
  target: r.target ?? "",
  pass: r.pass === undefined ? "" : r.pass ? "yes" : "NO",
}));
console.log("");
console.table(table);

const out = join(here, "../../bench-results/bench.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(`wrote ${out}`);
if (failed) process.exitCode = 1;
