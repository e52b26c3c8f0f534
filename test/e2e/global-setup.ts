// Builds nothing (npm test builds first): checks Chromium, starts one wrangler dev with the
// sandbox for the whole e2e run and hands its URL to the tests.
import type { TestProject } from "vitest/node";
import { startDevServer } from "../../scripts/dev-server.mjs";
import { ensureChromium } from "../../scripts/ensure-chromium.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const server = await startDevServer();
  project.provide("baseUrl", server.url);
  return async () => {
    await server.stop();
  };
}
