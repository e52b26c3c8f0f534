// /v4.1/user/hosts (the hosts this account may use, with quotas and download slots) and the
// deprecated /v4/user/hosts (plus streams and redirectors, unless hostsOnly).
import type { UserHost, UserHostsData, UserHostsV4Data } from "../../../protocol/alldebrid";
import type { SandboxAccount } from "../accounts";
import { type HandlerContext, requireAccount } from "../context";
import { asService, type CatalogueHost, HOSTS, REDIRECTORS, STREAMS } from "../hosts/catalogue";
import { quotaLeft } from "../hosts/quota";

function usable(account: SandboxAccount, host: CatalogueHost): boolean {
  if (host.type === "free" || account.plan === "premium") return true;
  return account.plan === "trial" && host.trial === true;
}

function userHost(ctx: HandlerContext, account: SandboxAccount, host: CatalogueHost): UserHost {
  const entry: UserHost = { name: host.name, type: host.type, domains: host.domains, regexps: host.regexps };
  if (host.status !== undefined) entry.status = host.status;
  if (host.quota) {
    entry.quota = account.demo ? host.quota.max : quotaLeft(ctx.sql, account.apikey, host, ctx.now);
    entry.quotaMax = host.quota.max;
    entry.quotaType = host.quota.type;
  }
  if (host.limitSimuDl !== undefined) entry.limitSimuDl = host.limitSimuDl;
  return entry;
}

export function userHosts(ctx: HandlerContext): UserHostsData {
  const account = requireAccount(ctx);
  const hosts = HOSTS.filter((host) => usable(account, host)).map((host) => [host.name, userHost(ctx, account, host)]);
  return { hosts: Object.fromEntries(hosts) };
}

export function userHostsV4(ctx: HandlerContext): UserHostsV4Data {
  const data = userHosts(ctx);
  if (ctx.params.flag("hostsOnly")) return data;
  return {
    ...data,
    streams: Object.fromEntries(
      STREAMS.map((stream) => [stream.name, { ...asService(stream), regexps: stream.regexps }]),
    ),
    redirectors: Object.fromEntries(REDIRECTORS.map((redirector) => [redirector.name, asService(redirector)])),
  };
}
