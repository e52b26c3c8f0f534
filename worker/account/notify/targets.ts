// Where the account object may send notifications, so it never becomes a way to make requests
// anywhere: push subscriptions only to the known browser push services over https (and the
// sandbox's stand-in when the sandbox runs), webhooks only over https to a public host name.
import { SANDBOX_PUSH_ORIGIN } from "../../../protocol/push";
import type { Env } from "../../env";
import { isSandboxTarget } from "../../upstream";

/** The browser push services: exact hosts, or a suffix that starts with a dot. */
const PUSH_SERVICES = [
  "fcm.googleapis.com",
  "updates.push.services.mozilla.com",
  ".push.apple.com",
  ".notify.windows.com",
];

function parsed(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function plainHttps(url: URL): boolean {
  return url.protocol === "https:" && url.port === "" && url.username === "" && url.password === "";
}

/** Why an endpoint is not acceptable, or null when it is a known push service. */
export function pushEndpointProblem(env: Env, endpoint: string): string | null {
  if (isSandboxTarget(env, endpoint)) return null;
  const url = parsed(endpoint);
  if (!url || !plainHttps(url)) return "endpoint: must be an https URL of a browser push service";
  const host = url.hostname.toLowerCase();
  const known = PUSH_SERVICES.some((service) => (service.startsWith(".") ? host.endsWith(service) : host === service));
  return known ? null : `endpoint: ${host} is not a known browser push service (FCM, Mozilla, Apple, Windows)`;
}

/** IPv4 literals in loopback, private, link-local, CGNAT and other non-public ranges. */
function privateIpv4(host: string): boolean {
  const parts = host.split(".").map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a = 0, b = 0] = parts;
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

/** Why a webhook URL is not acceptable, or null. */
export function webhookProblem(env: Env, webhook: string): string | null {
  if (isSandboxTarget(env, webhook)) return null;
  const url = parsed(webhook);
  if (!url || !plainHttps(url)) return "url: must be an https URL without a port or credentials";
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  // Any IPv6 literal, and names that only resolve inside a network.
  if (host.startsWith("[") || !host.includes(".")) return `url: ${host} is not a public host`;
  if (/\.(localhost|local|internal|home\.arpa|lan)$/.test(host) || privateIpv4(host))
    return `url: ${host} is a private address`;
  if (host.endsWith(SANDBOX_PUSH_ORIGIN.slice("https://".length))) return "url: the sandbox is not enabled here";
  return null;
}
