// Every endpoint the sandbox answers, gathered from its features.
import type { EndpointPath } from "../../protocol/alldebrid";
import { PUBLIC_ENDPOINTS } from "../../protocol/alldebrid";
import type { Handlers, SandboxFeature } from "./context";
import { hosts } from "./hosts";
import { links } from "./links";
import { magnets } from "./magnets";
import { pin } from "./pin";
import { user } from "./user";
import { userLinks } from "./user-links";
import { vouchers } from "./vouchers";

const ping: SandboxFeature = { handlers: { "/v4/ping": () => ({ ping: "pong" }) } };

export const FEATURES: SandboxFeature[] = [ping, pin, hosts, user, links, magnets, userLinks, vouchers];

export const HANDLERS: Handlers = Object.assign({}, ...FEATURES.map((f) => f.handlers));

/**
 * Endpoints that work without a key (a bad optional key is ignored): the public ones, and the
 * verification ones, which a blocked key reaches with its token (the docs' example sends no key).
 */
export const KEY_OPTIONAL: ReadonlySet<EndpointPath> = new Set<EndpointPath>([
  ...PUBLIC_ENDPOINTS,
  "/v4/user/verif",
  "/v4/user/verif/resend",
]);
