// Security headers on every response the Worker sends: API envelopes, errors, static assets
// and the app's HTML. The CSP allows no inline code but the app's two boot scripts, each by the
// hash of its exact text (no 'unsafe-inline'); the app may call the real AllDebrid straight from
// the device (for NO_SERVER retries), so that origin is in connect-src.
import type { MiddlewareHandler } from "hono";
import type { AppEnv, Env } from "../env";
import { INLINE_SCRIPT_HASHES } from "./inline-scripts";

const ALLDEBRID_ORIGIN = "https://api.alldebrid.com";

function contentSecurityPolicy(env: Env): string {
  const connect = new Set(["'self'", ALLDEBRID_ORIGIN]);
  const upstream = URL.canParse(env.UPSTREAM_URL) ? new URL(env.UPSTREAM_URL) : null;
  if (upstream?.protocol === "https:") connect.add(upstream.origin);
  return [
    "default-src 'self'",
    `script-src 'self' ${INLINE_SCRIPT_HASHES.join(" ")}`,
    "style-src 'self'",
    `connect-src ${[...connect].join(" ")}`,
    "img-src 'self' data: blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

function securityHeadersOf(env: Env): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(env),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
  };
}

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  // A WebSocket upgrade must go back untouched: copying the response would drop the socket.
  if (c.res.status === 101) return;
  const headers = securityHeadersOf(c.env);
  // Responses from fetch and the assets binding have immutable headers: copy those first.
  const response = new Response(c.res.body, c.res);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  c.res = undefined;
  c.res = response;
};
