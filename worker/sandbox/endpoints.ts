// Every endpoint the sandbox answers, gathered from its features, and the handler for one
// endpoint version: its own where the table's versions differ, else the endpoint's one handler.
import type { ResolvedEndpoint } from "../../protocol/alldebrid";
import type { Handler, Handlers, SandboxFeature } from "./context";
import { hosts } from "./hosts";
import { links } from "./links";
import { magnets } from "./magnets";
import { pin } from "./pin";
import { user } from "./user";
import { userLinks } from "./user-links";
import { vouchers } from "./vouchers";

const ping: SandboxFeature = { handlers: { ping: () => ({ ping: "pong" }) } };

export const FEATURES: SandboxFeature[] = [ping, pin, hosts, user, links, magnets, userLinks, vouchers];

const HANDLERS: Handlers = Object.assign({}, ...FEATURES.map((f) => f.handlers));

export function handlerFor(endpoint: ResolvedEndpoint): Handler | null {
  const handler = HANDLERS[endpoint.name];
  if (typeof handler === "function" || handler === undefined) return handler ?? null;
  return handler[endpoint.version] ?? handler.v4 ?? null;
}
