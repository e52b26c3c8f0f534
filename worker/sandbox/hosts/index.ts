// The public hosts endpoints: hosts (hostsOnly), hosts/domains, hosts/priority.
import type { HostsData, HostsDomainsData, HostsPriorityData, Service } from "../../../protocol/alldebrid";
import type { SandboxFeature } from "../context";
import { asService, type CatalogueService, HOSTS, PRIORITY, REDIRECTORS, STREAMS } from "./catalogue";
import { migrate as migrateQuota } from "./quota";

function byName(services: CatalogueService[]): Record<string, Service> {
  return Object.fromEntries(services.map((service) => [service.name, asService(service)]));
}

export const hosts: SandboxFeature = {
  migrate: migrateQuota,
  handlers: {
    hosts: ({ params }): HostsData =>
      params.flag("hostsOnly")
        ? { hosts: byName(HOSTS) }
        : { hosts: byName(HOSTS), streams: byName(STREAMS), redirectors: byName(REDIRECTORS) },
    "hosts/domains": (): HostsDomainsData => ({
      hosts: HOSTS.flatMap((host) => host.domains),
      streams: STREAMS.flatMap((stream) => stream.domains),
      redirectors: REDIRECTORS.flatMap((redirector) => redirector.domains),
    }),
    "hosts/priority": (): HostsPriorityData => ({
      hosts: Object.fromEntries(PRIORITY.map((name, index) => [name, index + 1])),
    }),
  },
};
