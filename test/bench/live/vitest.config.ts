// Runs the live bench's workerd half (measure.test.ts) with the test vars of vitest.config.ts.
// Only test/bench/live.bench.mjs starts it; `npm test` never does.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      main: "./worker/index.ts",
      miniflare: {
        bindings: {
          UPSTREAM_URL: "sandbox",
          ALLOWED_USERS: "*",
          SANDBOX_ENABLED: "true",
          SANDBOX_PACE_MS: "50",
          KEY_HASH_SECRET: "bench-secret",
          LIVE_POLL_ACTIVE_MS: "500",
          LIVE_POLL_IDLE_MS: "1000",
        },
      },
    }),
  ],
  test: { include: ["test/bench/live/measure.test.ts"], fileParallelism: false },
});
