import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("production deploy", () => {
  it("bundles with the production wrangler.toml (wrangler deploy --dry-run)", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "debrid-deploy-"));
    const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
    const { stdout } = await run("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { env });
    expect(stdout).toContain("env.ACCOUNT (Account)");
    expect(stdout).toContain("env.SANDBOX (Sandbox)");
    expect(stdout).toContain("env.HOSTS_CACHE");
    expect(stdout).toContain('env.UPSTREAM_URL ("https://api.alldebrid.com")');
    expect(readdirSync(outdir)).toContain("index.js");
  }, 60_000);
});
