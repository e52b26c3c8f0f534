// The sandbox's magnets endpoints.
import type { SandboxFeature } from "../context";

export const magnets: SandboxFeature = { handlers: {} };
