// The sandbox's links endpoints.
import type { SandboxFeature } from "../context";

export const links: SandboxFeature = { handlers: {} };
