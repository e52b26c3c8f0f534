// The app's own API under /api: the deployment's health, live magnet sync, notifications, the
// Stremio add-on link, the cleanup rules and the waiting line. Anything else under /api answers
// the 404 envelope.
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { cleanup } from "./cleanup";
import { health } from "./health";
import { line } from "./line";
import { live } from "./live";
import { push } from "./push";
import { stremioLink } from "./stremio";

export const api = new Hono<AppEnv>()
  .route("/health", health)
  .route("/", live)
  .route("/push", push)
  .route("/stremio", stremioLink)
  .route("/cleanup", cleanup)
  .route("/line", line)
  .all("*", () => notFound());
