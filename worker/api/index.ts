// The app's own API under /api: the deployment's health, live magnet sync, notifications and the
// Stremio add-on link. Anything else under /api answers the 404 envelope.
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { health } from "./health";
import { live } from "./live";
import { push } from "./push";
import { stremioLink } from "./stremio";

export const api = new Hono<AppEnv>()
  .route("/health", health)
  .route("/", live)
  .route("/push", push)
  .route("/stremio", stremioLink)
  .all("*", () => notFound());
