// Which catalogue service a link belongs to, by the service's regexps (as a client would test them).
import { toJsRegExp } from "../../../protocol/alldebrid";
import {
  type CatalogueHost,
  type CatalogueService,
  type CatalogueStream,
  HOSTS,
  REDIRECTORS,
  STREAMS,
} from "./catalogue";

export type MatchedService =
  | { kind: "host"; service: CatalogueHost }
  | { kind: "stream"; service: CatalogueStream }
  | { kind: "redirector"; service: CatalogueService };

function compiled<T extends CatalogueService>(services: T[]): Array<[T, RegExp[]]> {
  return services.map((service) => [
    service,
    service.regexps.map((regexp) => toJsRegExp(regexp)).filter((r): r is RegExp => r !== null),
  ]);
}

const COMPILED = {
  host: compiled(HOSTS),
  stream: compiled(STREAMS),
  redirector: compiled(REDIRECTORS),
};

export function matchService(link: string): MatchedService | null {
  for (const kind of ["host", "stream", "redirector"] as const) {
    for (const [service, regexps] of COMPILED[kind]) {
      if (regexps.some((regexp) => regexp.test(link))) return { kind, service } as MatchedService;
    }
  }
  return null;
}

/** The first named group `id` of a match (PCRE `(?P<id>…)`), renamed g0, g1… by toJsRegExp. */
export function serviceItemId(service: CatalogueService, link: string): string | null {
  for (const regexp of service.regexps) {
    const groups = toJsRegExp(regexp)?.exec(link)?.groups;
    const id = groups && Object.values(groups).find((value) => value !== undefined);
    if (id) return id;
  }
  return null;
}
