// Every endpoint the sandbox answers, gathered from its features.
import type { SandboxFeature } from "./context";
import { hosts } from "./hosts";
import { links } from "./links";
import { magnets } from "./magnets";
import { pin } from "./pin";
import { userLinks } from "./user-links";
import { vouchers } from "./vouchers";

const ping: SandboxFeature = { handlers: { "/v4/ping": () => ({ ping: "pong" }) } };

export const FEATURES: SandboxFeature[] = [ping, pin, hosts, links, magnets, userLinks, vouchers];

export const HANDLERS = Object.assign({}, ...FEATURES.map((f) => f.handlers)) as SandboxFeature["handlers"];
