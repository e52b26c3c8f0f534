// The parts of Stremio's own add-on client and linter (CommonJS, untyped) that the tests use.
declare module "stremio-addon-client" {
  import type { Manifest } from "../../protocol/stremio";

  export interface AddonClient {
    manifest: Manifest;
    transportUrl: string;
    get(resource: string, type: string, id: string, extra?: Record<string, string>): Promise<unknown>;
    isSupported(resource: string, type: string, id: string): boolean;
  }

  export function detectFromURL(url: string): Promise<{ addon?: AddonClient }>;
}

declare module "stremio-addon-linter" {
  export interface LintResult {
    valid: boolean;
    errors: Error[];
    warnings: Error[];
  }
  export function lintManifest(manifest: unknown): LintResult;
}
