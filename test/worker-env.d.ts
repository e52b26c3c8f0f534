// Lets tests import `env` and `exports` from "cloudflare:workers" with this Worker's types.
import type { Env as WorkerEnv } from "../worker/env";

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import("../worker/index");
      durableNamespaces: "Account" | "Sandbox";
    }
    interface Env extends WorkerEnv {}
  }
}
