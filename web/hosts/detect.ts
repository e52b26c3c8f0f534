// Recognises links on the device, without the network: pulls links, magnets and bare info
// hashes out of any text, and classifies each against the hosts catalogue (/v4.1/hosts).
// Pure and DOM-free (the share screen and the unit tests use it too); its API is kept stable.
import { type HostsData, toJsRegExp } from "../../protocol/alldebrid";

/**
 * host / stream / redirector: AllDebrid supports it as such; magnet: a magnet URI or a bare
 * info hash; unsupported: nothing in the catalogue takes it (or it is not a link at all);
 * unknown: a web link, but no catalogue is on the device yet to tell.
 */
export type LinkKind = "host" | "stream" | "redirector" | "magnet" | "unsupported" | "unknown";

export interface DetectedLink {
  /** The link as found, trimmed. */
  link: string;
  kind: LinkKind;
  /** The service's name in the catalogue (e.g. "mega"), for host, stream and redirector links. */
  service?: string;
  /** The service needs a premium account. */
  premium?: boolean;
  /** False when AllDebrid reports the service as not working right now. */
  up?: boolean;
  /** For magnets: the info hash, lower case. */
  hash?: string;
}

/** The catalogue sections in the order a link is tried against them. */
const SECTIONS = [
  ["hosts", "host"],
  ["streams", "stream"],
  ["redirectors", "redirector"],
] as const;

interface CompiledService {
  name: string;
  kind: "host" | "stream" | "redirector";
  premium: boolean;
  up?: boolean;
  domains: string[];
  patterns: RegExp[];
}

/** A catalogue entry: /v4.1/hosts gives one `regexp`, /v4.1/user/hosts gives `regexps`. */
interface ServiceLike {
  name?: string;
  type?: string;
  domains?: string[];
  regexp?: string;
  regexps?: string[];
  status?: boolean;
}

// Compiling a few hundred regexps per call would be wasteful: once per catalogue object.
const compiledCatalogues = new WeakMap<object, CompiledService[]>();

function compile(hosts: HostsData): CompiledService[] {
  const cached = compiledCatalogues.get(hosts);
  if (cached) return cached;
  const services: CompiledService[] = [];
  for (const [section, kind] of SECTIONS) {
    const entries = (hosts[section] ?? {}) as Record<string, ServiceLike>;
    for (const [key, service] of Object.entries(entries)) {
      const sources = service.regexps ?? (service.regexp ? [service.regexp] : []);
      services.push({
        name: service.name ?? key,
        kind,
        premium: service.type === "premium",
        up: service.status,
        domains: (service.domains ?? []).map((domain) => domain.toLowerCase()),
        patterns: sources.map(toJsRegExp).filter((pattern): pattern is RegExp => pattern !== null),
      });
    }
  }
  compiledCatalogues.set(hosts, services);
  return services;
}

const MAGNET_URI = /^magnet:\?\S*?xt=urn:btih:([0-9a-f]{40}|[a-z2-7]{32})/i;
const BARE_HASH = /^(?:[0-9a-f]{40}|[a-z2-7]{32})$/i;

function onDomain(hostname: string, domains: string[]): boolean {
  return domains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));
}

/**
 * Classifies one link (or magnet, or info hash) against the catalogue, when there is one.
 * @internal Exported as part of the stable API docs/links.md gives; the screens go through detectLinks.
 */
export function detectLink(text: string, hosts?: HostsData | null): DetectedLink {
  const link = text.trim();
  const magnet = MAGNET_URI.exec(link);
  if (magnet) return { link, kind: "magnet", hash: magnet[1]!.toLowerCase() };
  if (link.toLowerCase().startsWith("magnet:?")) return { link, kind: "unsupported" };
  if (BARE_HASH.test(link)) return { link, kind: "magnet", hash: link.toLowerCase() };
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { link, kind: "unsupported" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { link, kind: "unsupported" };
  if (!hosts) return { link, kind: "unknown" };
  const services = compile(hosts);
  // The regexps are the authority (the docs say so); a service whose regexps could not be
  // read in JavaScript is still recognised by its domains.
  const match =
    services.find((service) => service.patterns.some((pattern) => pattern.test(link))) ??
    services.find((service) => service.patterns.length === 0 && onDomain(url.hostname.toLowerCase(), service.domains));
  if (!match) return { link, kind: "unsupported" };
  const detected: DetectedLink = { link, kind: match.kind, service: match.name, premium: match.premium };
  if (match.up !== undefined) detected.up = match.up;
  return detected;
}

// One pass over the text: a web link, a magnet URI, or an info hash standing on its own.
// A hash inside a link is part of that link, because the link alternative consumes it first.
const CANDIDATES =
  /\bhttps?:\/\/[^\s<>"'`]+|\bmagnet:\?[^\s<>"'`]+|(?<![\w/.=:-])(?:[0-9a-f]{40}|[a-z2-7]{32})(?![\w/-]|\.\w)/gi;

/** Punctuation that ends a sentence or wraps a link, rather than belonging to it. */
const TRAILING = /[.,;:!?)\]}»"']+$/;

function trimTrailing(candidate: string): string {
  let trimmed = candidate.replace(TRAILING, "");
  // Keep a closing bracket the link itself opened, as in wiki-style URLs: /Foo_(bar).
  const closers = candidate.slice(trimmed.length);
  if (closers.startsWith(")") && trimmed.includes("(") && !trimmed.includes(")")) trimmed += ")";
  return trimmed;
}

/** Every link, magnet URI and bare info hash in a text, in order of appearance, each once. */
export function extractLinks(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const [candidate] of text.matchAll(CANDIDATES)) {
    const link = trimTrailing(candidate);
    if (link.length === 0 || seen.has(link)) continue;
    seen.add(link);
    found.push(link);
  }
  return found;
}

/** The name a magnet URI gives its content (`dn`); none for a bare info hash. */
export function magnetName(magnet: string): string | undefined {
  if (!magnet.toLowerCase().startsWith("magnet:?")) return undefined;
  return new URLSearchParams(magnet.slice("magnet:?".length)).get("dn") ?? undefined;
}

/** extractLinks then detectLink: what the Links and Share screens show for pasted text. */
export function detectLinks(text: string, hosts?: HostsData | null): DetectedLink[] {
  return extractLinks(text).map((link) => detectLink(link, hosts));
}
