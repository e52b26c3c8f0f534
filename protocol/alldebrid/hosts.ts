// Hosts, streams and redirectors: the public catalogue (/v4/hosts...) and the per-user view
// (/v4.1/user/hosts).

export interface Service {
  name: string;
  type: "premium" | "free";
  domains: string[];
  regexp: string;
  status?: boolean;
}

export interface HostsData {
  hosts: Record<string, Service>;
  streams?: Record<string, Service>;
  redirectors?: Record<string, Service>;
}

export interface HostsDomainsData {
  hosts: string[];
  streams: string[];
  redirectors: string[];
}

export interface HostsPriorityData {
  hosts: Record<string, number>;
}

export interface UserHost {
  name: string;
  type: "premium" | "free";
  domains: string[];
  regexps: string[];
  status?: boolean;
  quota?: number;
  quotaMax?: number;
  quotaType?: "traffic" | "nb_download";
  limitSimuDl?: number;
}

export interface UserHostsData {
  hosts: Record<string, UserHost>;
}

/** Deprecated /v4/user/hosts: hosts plus streams and redirectors. */
export interface UserHostsV4Data {
  hosts: Record<string, UserHost>;
  streams?: Record<string, Service & { regexps?: string[] }>;
  redirectors?: Record<string, Service>;
}

/**
 * AllDebrid regexps are PCRE: named groups are written `(?P<id>...)` and a name may repeat
 * across alternatives. This turns one into a JavaScript RegExp, or null when it cannot.
 */
export function toJsRegExp(pcre: string): RegExp | null {
  let index = 0;
  const source = pcre.replace(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g, () => `(?<g${index++}>`);
  try {
    return new RegExp(source, "i");
  } catch {
    return null;
  }
}
