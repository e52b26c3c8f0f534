// The vitest config of a bench part's workerd half: the worker tests' pool, pointed at the
// sandbox, with the part's own vars (paces) on top. Only the bench's runner starts these.
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export function workerdBenchConfig(testFile: string, bindings: Record<string, string>) {
  return defineConfig({
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        main: "./worker/index.ts",
        miniflare: {
          bindings: {
            UPSTREAM_URL: "sandbox",
            SANDBOX_ENABLED: "true",
            KEY_HASH_SECRET: "bench-secret",
            // Every bench account is a fresh sandbox key: the deployment is open to all.
            ALLOWED_USERS: "*",
            ...bindings,
          },
        },
      }),
    ],
    test: { include: [testFile], fileParallelism: false },
  });
}
