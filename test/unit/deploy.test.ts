import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("npm run deploy", () => {
  it("bundles the production configuration and plans the secret (scripts/deploy.mjs --dry-run)", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "debrid-deploy-"));
    const env = { ...process.env, DEPLOY_OUTDIR: outdir, CLOUDFLARE_CF_FETCH_ENABLED: "false" };
    const { stdout } = await run("node", ["scripts/deploy.mjs", "--dry-run"], { env });
    expect(stdout).toContain("env.ACCOUNT (Account)");
    expect(stdout).toContain("env.SANDBOX (Sandbox)");
    expect(stdout).toContain("env.HOSTS_CACHE");
    expect(stdout).toContain('env.UPSTREAM_URL ("https://api.alldebrid.com")');
    expect(stdout).toContain('env.SANDBOX_ENABLED ("false")');
    expect(stdout).toContain("KEY_HASH_SECRET");
    expect(stdout).toContain("VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY");
    expect(stdout).toContain('env.LIVE_POLL_BACKGROUND_MS ("30000")');
    expect(readdirSync(outdir)).toContain("index.js");
  }, 120_000);
});
