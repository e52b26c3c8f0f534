// One AllDebrid call as the sandbox sees it, parsed the way the real service takes requests:
// GET query or POST form (urlencoded or multipart), `name[]` arrays or a single plain `name`,
// the apikey as a Bearer header or an `apikey` parameter. `agent` is ignored; `ip` (the device a
// server unlocks for) changes no answer but is kept on the call, so the stats can show it.
import { type ResolvedEndpoint, resolveEndpoint } from "../../protocol/alldebrid";
import { bearerOf } from "../security/bearer";

export interface UploadedTorrent {
  name: string;
  bytes: Uint8Array;
}

/** Plain data, so it crosses into the sandbox's Durable Object by RPC. */
export interface SandboxCall {
  /** The path as called, under /v4/ or /v4.1/, without /sandbox. */
  path: string;
  /** What the endpoint table knows of it; null for a path it does not know (answered 404). */
  endpoint: ResolvedEndpoint | null;
  /** Every parameter by its base name (without [] or [n]), in the order sent. */
  params: Record<string, string[]>;
  files: UploadedTorrent[];
  apikey: string | null;
  /** True when the call came through this deployment's proxy rather than straight from a device. */
  viaEdge: boolean;
  /** The sandbox's own origin + /sandbox, for links it hands out (downloads, PIN page). */
  baseUrl: string;
  /** The `ip` parameter: the address of the device a server called for; null when none was sent. */
  ip: string | null;
}

export interface SandboxReply {
  status: number;
  /** The JSON envelope, or raw text for an HTML fault. */
  body: string;
  contentType: string;
  /** Set when a fault asks the Worker to drop the connection instead of answering. */
  drop?: boolean;
  /** Added latency asked for by a fault, in milliseconds. */
  delayMs?: number;
}

const IGNORED = new Set(["agent", "ip", "apikey"]);

/** `magnets[]`, `magnets[0]` and `magnets` all become `magnets`. */
function baseName(name: string): string {
  return name.replace(/\[\d*\]$/, "");
}

function addParam(params: Record<string, string[]>, name: string, value: string): void {
  const key = baseName(name);
  if (IGNORED.has(key)) return;
  params[key] ??= [];
  params[key].push(value);
}

export class BadRequestBody extends Error {}

export async function parseCall(request: Request, path: string, baseUrl: string): Promise<SandboxCall> {
  const url = new URL(request.url);
  const params: Record<string, string[]> = {};
  const files: UploadedTorrent[] = [];
  let apikey = url.searchParams.get("apikey");
  for (const [name, value] of url.searchParams) addParam(params, name, value);
  let ip = url.searchParams.get("ip");

  if (request.method === "POST") {
    const type = request.headers.get("Content-Type") ?? "";
    if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        throw new BadRequestBody("The request body could not be read as a form");
      }
      for (const [name, value] of form) {
        if (typeof value === "string") {
          if (name === "apikey") apikey = value;
          else if (name === "ip") ip = value;
          else addParam(params, name, value);
        } else {
          files.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
        }
      }
    }
  }

  return {
    path,
    endpoint: resolveEndpoint(path),
    params,
    files,
    apikey: bearerOf(request) || apikey || null,
    viaEdge: request.headers.has(EDGE_MARK),
    baseUrl,
    ip: ip?.trim() || null,
  };
}

/** The header the Worker's proxy puts on calls it forwards to its own sandbox. */
export const EDGE_MARK = "X-Debrid-Edge";

/** Typed access to a call's parameters. */
export class Params {
  constructor(private readonly values: Record<string, string[]>) {}

  /** The first value, or undefined. */
  get(name: string): string | undefined {
    return this.values[name]?.[0];
  }

  /** Every value (array or single). */
  all(name: string): string[] {
    return this.values[name] ?? [];
  }

  has(name: string): boolean {
    return (this.values[name]?.length ?? 0) > 0;
  }

  /** An integer, or undefined when absent or not a whole number. */
  int(name: string): number | undefined {
    const value = this.get(name);
    if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
    return Number(value);
  }

  /** "true", "1" or a present empty flag count as true. */
  flag(name: string): boolean {
    const value = this.get(name);
    return value !== undefined && value !== "false" && value !== "0";
  }
}
