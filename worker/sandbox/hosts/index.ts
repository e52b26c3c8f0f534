// The public hosts endpoints: /v4/hosts (hostsOnly), /v4/hosts/domains, /v4/hosts/priority.
import type { HostsData, HostsDomainsData, HostsPriorityData, Service } from "../../../protocol/alldebrid";
import type { SandboxFeature } from "../context";
import { asService, type CatalogueService, HOSTS, PRIORITY, REDIRECTORS, STREAMS } from "./catalogue";
import { migrate as migrateQuota } from "./quota";

export { HOSTS, PRIORITY, REDIRECTORS, STREAMS } from "./catalogue";

function byName(services: CatalogueService[]): Record<string, Service> {
  return Object.fromEntries(services.map((service) => [service.name, asService(service)]));
}

export const hosts: SandboxFeature = {
  migrate: migrateQuota,
  handlers: {
    "/v4/hosts": ({ params }): HostsData =>
      params.flag("hostsOnly")
        ? { hosts: byName(HOSTS) }
        : { hosts: byName(HOSTS), streams: byName(STREAMS), redirectors: byName(REDIRECTORS) },
    "/v4/hosts/domains": (): HostsDomainsData => ({
      hosts: HOSTS.flatMap((host) => host.domains),
      streams: STREAMS.flatMap((stream) => stream.domains),
      redirectors: REDIRECTORS.flatMap((redirector) => redirector.domains),
    }),
    "/v4/hosts/priority": (): HostsPriorityData => ({
      hosts: Object.fromEntries(PRIORITY.map((name, index) => [name, index + 1])),
    }),
  },
};
