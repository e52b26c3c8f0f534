// The app's own API under /api: the deployment's health and live magnet sync. Anything else
// under /api answers the 404 envelope.
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { health } from "./health";
import { live } from "./live";

export const api = new Hono<AppEnv>()
  .route("/health", health)
  .route("/", live)
  .all("*", () => notFound());
