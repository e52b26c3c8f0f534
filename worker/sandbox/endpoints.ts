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

/** Endpoints that work without a key; a bad optional key is ignored. */
export const KEY_OPTIONAL: ReadonlySet<EndpointPath> = PUBLIC_ENDPOINTS;

/**
 * Endpoints that go by their token and never look at the key: the still-blocked key of a new
 * location cannot authenticate (the docs' example sends none), and reading it must not re-block.
 */
export const KEY_IGNORED: ReadonlySet<EndpointPath> = new Set<EndpointPath>([
  "/v4/user/verif",
  "/v4/user/verif/resend",
]);
