// The sandbox's catalogue of hosts, streams and redirectors, with AllDebrid-style PCRE regexps
// (each also compiles in JavaScript through toJsRegExp). Exported for anyone who needs it.
import type { Service } from "../../../protocol/alldebrid";

export interface CatalogueService {
  name: string;
  type: "premium" | "free";
  domains: string[];
  regexps: string[];
  /** Whether the host works right now; a host with false answers LINK_HOST_UNAVAILABLE. */
  status?: boolean;
}

export interface CatalogueHost extends CatalogueService {
  /** Daily quota: MB of traffic or a number of downloads. */
  quota?: { max: number; type: "traffic" | "nb_download" };
  limitSimuDl?: number;
  /** Trial accounts may use it (premium hosts without it answer FREE_TRIAL_LIMIT_REACHED). */
  trial?: boolean;
}

export interface CatalogueStream extends CatalogueService {
  /** several: pick a quality with link/streaming; single: a direct link; delayed: a delayed id. */
  qualities: "several" | "single" | "delayed";
}

const FICHIER_DOMAINS = [
  "1fichier.com",
  "alterupload.com",
  "cjoint.net",
  "desfichiers.com",
  "dfichiers.com",
  "megadl.fr",
  "mesfichiers.org",
  "piecejointe.net",
  "pjointe.com",
  "tenvoi.com",
  "dl4free.com",
];

export const HOSTS: CatalogueHost[] = [
  {
    name: "example",
    type: "free",
    domains: ["example.com"],
    regexps: [String.raw`https?:\/\/(?:www\.)?example\.com\/(?P<id>[^?#]+)`],
    status: true,
  },
  {
    name: "mediafire",
    type: "free",
    domains: ["mediafire.com"],
    regexps: [String.raw`https?:\/\/(?:www\.)?mediafire\.com\/(?:file|view|download)\/(?P<id>[0-9a-z]{10,20})`],
    status: true,
  },
  {
    name: "sendspace",
    type: "free",
    domains: ["sendspace.com"],
    regexps: [String.raw`https?:\/\/(?:www\.)?sendspace\.com\/file\/(?P<id>[0-9a-z]{6})`],
  },
  {
    name: "1fichier",
    type: "premium",
    domains: FICHIER_DOMAINS,
    regexps: [
      String.raw`https?:\/\/(?:[a-z0-9]+\.)?(?:${FICHIER_DOMAINS.map((d) => d.replaceAll(".", String.raw`\.`)).join("|")})\/\?(?P<id>[a-z0-9]{5,20})`,
    ],
    status: true,
    trial: true,
  },
  {
    name: "mega",
    type: "premium",
    domains: ["mega.nz", "mega.co.nz"],
    regexps: [String.raw`https?:\/\/(?:www\.)?mega(?:\.co)?\.nz\/(?:#!|file\/)(?P<id>[0-9a-zA-Z_-]{8,36})`],
    status: true,
    trial: true,
  },
  {
    name: "turbobit",
    type: "premium",
    domains: ["turbobit.net", "turbobit.cc", "turbo.to"],
    regexps: [
      String.raw`https?:\/\/(?:www\.|m\.)?(?:turbobit\.net|turbobit\.cc|turbo\.to)\/(?P<id>[0-9a-z]{8,14})\.html`,
    ],
    trial: true,
  },
  {
    name: "ddownload",
    type: "premium",
    domains: ["ddownload.com", "ddl.to"],
    regexps: [String.raw`https?:\/\/(?:www\.)?(?:ddownload\.com|ddl\.to)\/(?P<id>[0-9a-z]{12})`],
    trial: true,
  },
  {
    name: "uploadgig",
    type: "premium",
    domains: ["uploadgig.com"],
    regexps: [String.raw`https?:\/\/(?:www\.)?uploadgig\.com\/file\/download\/(?P<id>[0-9a-zA-Z]{16})`],
    status: false,
  },
  {
    name: "katfile",
    type: "premium",
    domains: ["katfile.com"],
    regexps: [String.raw`https?:\/\/(?:www\.)?katfile\.com\/(?P<id>[0-9a-z]{12})`],
    quota: { max: 20480, type: "traffic" },
  },
  {
    name: "rapidgator",
    type: "premium",
    domains: ["rapidgator.net", "rg.to"],
    regexps: [String.raw`https?:\/\/(?:www\.)?(?:rapidgator\.net|rg\.to)\/file\/(?P<id>[0-9a-z]{32}|\d+)`],
    status: true,
    quota: { max: 51200, type: "traffic" },
    limitSimuDl: 5,
  },
  {
    name: "nitroflare",
    type: "premium",
    domains: ["nitroflare.com", "nitro.download"],
    regexps: [String.raw`https?:\/\/(?:www\.)?(?:nitroflare\.com|nitro\.download)\/view\/(?P<id>[0-9A-Z]+)`],
    quota: { max: 50, type: "nb_download" },
    limitSimuDl: 2,
  },
];

export const STREAMS: CatalogueStream[] = [
  {
    name: "youtube",
    type: "free",
    domains: ["youtube.com", "youtu.be", "m.youtube.com"],
    regexps: [
      String.raw`https?:\/\/(?:(?:www|m)\.)?youtube\.com\/watch\?v=(?P<id>[0-9A-Za-z_-]{11})`,
      String.raw`https?:\/\/youtu\.be\/(?P<id>[0-9A-Za-z_-]{11})`,
    ],
    qualities: "several",
  },
  {
    name: "dailymotion",
    type: "free",
    domains: ["dailymotion.com", "dai.ly"],
    regexps: [
      String.raw`https?:\/\/(?:www\.)?dailymotion\.com\/video\/(?P<id>[0-9a-z]+)`,
      String.raw`https?:\/\/dai\.ly\/(?P<id>[0-9a-z]+)`,
    ],
    qualities: "several",
  },
  {
    name: "vimeo",
    type: "free",
    domains: ["vimeo.com", "player.vimeo.com"],
    regexps: [String.raw`https?:\/\/(?:www\.|player\.)?vimeo\.com\/(?:video\/)?(?P<id>\d+)`],
    qualities: "single",
  },
  {
    name: "twitch",
    type: "free",
    domains: ["twitch.tv", "player.twitch.tv", "m.twitch.tv", "go.twitch.tv", "clips.twitch.tv"],
    regexps: [
      String.raw`https?:\/\/(?:(?:www|go|m)\.)?twitch\.tv\/[^\/]+\/b\/(?P<id>\d+)`,
      String.raw`https?:\/\/(?:(?:www|go|m)\.)?twitch\.tv\/(?P<id>[^\/]+)\/videos\/highlights`,
    ],
    qualities: "delayed",
  },
];

export const REDIRECTORS: CatalogueService[] = [
  {
    name: "dlprotect",
    type: "premium",
    domains: ["dl-protect1.com", "dl-protect1.co"],
    regexps: [String.raw`dl-protect1\.com\/[0-9a-z]+`, String.raw`dl\-protect1\.co\/go\/[0-9a-zA-Z_\-]+`],
  },
  {
    name: "adfly",
    type: "free",
    domains: ["adf.ly", "j.gs", "q.gs"],
    regexps: [String.raw`https?:\/\/(?:www\.)?(?:adf\.ly|j\.gs|q\.gs)\/(?P<id>[0-9a-zA-Z]+)`],
  },
  {
    name: "ouo",
    type: "free",
    domains: ["ouo.io", "ouo.press"],
    regexps: [String.raw`https?:\/\/(?:www\.)?ouo\.(?:io|press)\/(?P<id>[0-9a-zA-Z]+)`],
  },
];

/** From more open to more restricted, as /v4/hosts/priority lists them. */
export const PRIORITY = [
  "example",
  "mediafire",
  "sendspace",
  "1fichier",
  "mega",
  "turbobit",
  "ddownload",
  "uploadgig",
  "katfile",
  "rapidgator",
  "nitroflare",
];

/** One regexp for /v4/hosts: alternatives joined the way AllDebrid writes them. */
function joinedRegexp(service: CatalogueService): string {
  return service.regexps.length === 1
    ? (service.regexps[0] ?? "")
    : service.regexps.map((regexp) => `(${regexp})`).join("|");
}

/** A catalogue entry as the public /v4/hosts Service object. */
export function asService(service: CatalogueService): Service {
  return {
    name: service.name,
    type: service.type,
    domains: service.domains,
    regexp: joinedRegexp(service),
    ...(service.status === undefined ? {} : { status: service.status }),
  };
}
