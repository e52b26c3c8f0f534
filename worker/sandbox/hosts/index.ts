// The sandbox's hosts endpoints.
import type { SandboxFeature } from "../context";

export const hosts: SandboxFeature = { handlers: {} };
