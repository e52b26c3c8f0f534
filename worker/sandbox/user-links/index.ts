// The sandbox's user-links endpoints.
import type { SandboxFeature } from "../context";

export const userLinks: SandboxFeature = { handlers: {} };
