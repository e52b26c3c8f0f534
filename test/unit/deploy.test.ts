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
    // Closed by default: the first account that signs in owns the deployment.
    expect(stdout).toContain('Access: closed: the first AllDebrid account that signs in owns it (ALLOWED_USERS="")');
    expect(stdout).toContain("env.ACCOUNT (Account)");
    expect(stdout).toContain("env.OWNER (DeploymentOwner)");
    expect(stdout).toContain("env.KEY_REFUSALS");
    expect(stdout).toContain("env.SANDBOX (Sandbox)");
    expect(stdout).toContain("env.HOSTS_CACHE");
    expect(stdout).toContain('env.UPSTREAM_URL ("https://api.alldebrid.com")');
    expect(stdout).toContain('env.SANDBOX_ENABLED ("false")');
    expect(stdout).toContain("KEY_HASH_SECRET");
    expect(stdout).toContain("VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY");
    expect(stdout).toContain('env.LIVE_POLL_BACKGROUND_MS ("30000")');
    expect(readdirSync(outdir)).toContain("index.js");
  }, 120_000);

  it("says what it chose when told to open the deployment to everyone (--access=open)", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "debrid-deploy-"));
    const env = { ...process.env, DEPLOY_OUTDIR: outdir, CLOUDFLARE_CF_FETCH_ENABLED: "false" };
    const { stdout } = await run("node", ["scripts/deploy.mjs", "--dry-run", "--access=open"], { env });
    expect(stdout).toContain('Access: open to every AllDebrid account (ALLOWED_USERS="*")');
    // wrangler hides a value given with --var: that it is hidden shows the choice went to the deployment.
    expect(stdout).toContain('env.ALLOWED_USERS ("(hidden)")');
  }, 120_000);
});
