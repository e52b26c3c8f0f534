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
