// The sandbox's pin endpoints.
import type { SandboxFeature } from "../context";

export const pin: SandboxFeature = { handlers: {} };
