// The sandbox's vouchers endpoints.
import type { SandboxFeature } from "../context";

export const vouchers: SandboxFeature = { handlers: {} };
