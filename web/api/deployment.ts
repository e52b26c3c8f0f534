// What the app knows of the deployment it is served from (GET /api/health): whether the
// upstream is the sandbox, and where a device sends a call straight to the upstream.
import { createResource, createRoot, type Resource } from "solid-js";
import { isServer } from "solid-js/web";

export interface Deployment {
  version: string;
  upstream: "sandbox" | "alldebrid";
  sandbox: boolean;
}

async function loadDeployment(): Promise<Deployment> {
  try {
    const response = await fetch("/api/health");
    if (response.ok) {
      const deployment = (await response.json()) as Deployment;
      localStorage.setItem("deployment", JSON.stringify(deployment));
      return deployment;
    }
  } catch {
    // offline: fall back to what we saw last
  }
  const saved = localStorage.getItem("deployment");
  return saved ? (JSON.parse(saved) as Deployment) : { version: "", upstream: "alldebrid", sandbox: false };
}

let asked: Promise<Deployment> | undefined;
let loaded: Resource<Deployment> | undefined;

/** Asked once, on first use: importing this module asks nothing. */
function ask(): Promise<Deployment> {
  asked ??= loadDeployment();
  return asked;
}

/** The deployment, for the screens (undefined until known). */
export function deployment(): Deployment | undefined {
  // Unknown when the first frame is rendered at build time, as at a page's first render.
  if (isServer) return undefined;
  loaded ??= createRoot(() => createResource(ask)[0]);
  return loaded();
}

/** What the deployment calls AllDebrid: the real service or its sandbox, once known. */
export async function upstreamKind(): Promise<Deployment["upstream"]> {
  return (await ask()).upstream;
}

/** The upstream's base URL as seen from the device, once the deployment is known. */
export async function upstreamBaseUrl(): Promise<string> {
  return (await upstreamKind()) === "sandbox" ? `${location.origin}/sandbox` : "https://api.alldebrid.com";
}
