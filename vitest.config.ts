// Three kinds of tests: worker (inside workerd, with real KV, Durable Objects, alarms and
// WebSockets), unit (plain modules of the protocol and the web app, in Node) and e2e (the real
// Worker under wrangler, driven through Debian Chromium by playwright-core).
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

/** Test runs point the Worker at its own sandbox, with magnets that move fast, open to every sandbox account. */
const testVars = {
  ALLOWED_USERS: "*",
  UPSTREAM_URL: "sandbox",
  SANDBOX_ENABLED: "true",
  SANDBOX_PACE_MS: "50",
  KEY_HASH_SECRET: "test-secret",
  LIVE_POLL_ACTIVE_MS: "100",
  LIVE_POLL_IDLE_MS: "1000",
  LIVE_POLL_BACKGROUND_MS: "300",
  // A key pair for tests only (scripts/vapid-keys.mjs made it); deployments get their own.
  VAPID_PUBLIC_KEY: "BJO0bsDHNpty0in89CdS4mY2rCTb4T4HdFUr4XjE4becGHJY4_fwlqz08tTVa-bp2_dnFokU57_sZCOS6_hlOmQ",
  VAPID_PRIVATE_KEY: "UncckHdqSIPEqDwY-NL492Oc0CzblLuZZrbMahWGAKg",
  VAPID_SUBJECT: "mailto:tests@debrid.test",
};

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            main: "./worker/index.ts",
            miniflare: { bindings: testVars },
          }),
        ],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"] },
      },
      {
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
