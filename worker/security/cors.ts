// CORS for the API surface: off unless CORS_ORIGINS lists origins (comma-separated); then those
// origins, and only those, may call /v4, /v4.1 and /api from a browser, preflight included.
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../env";

function corsOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/$/, ""))
    .filter(Boolean);
}

const handlers = new Map<string, MiddlewareHandler<AppEnv>>();

export const apiCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  const setting = c.env.CORS_ORIGINS ?? "";
  const origins = corsOrigins(setting);
  if (origins.length === 0) return next();
  let handler = handlers.get(setting);
  if (!handler) {
    handler = cors({
      origin: origins,
      allowMethods: ["GET", "POST", "OPTIONS"],
      allowHeaders: ["Authorization", "Content-Type", "If-None-Match"],
      exposeHeaders: ["ETag", "Cache-Status", "Retry-After"],
      maxAge: 600,
    });
    handlers.set(setting, handler);
  }
  return handler(c, next);
};
