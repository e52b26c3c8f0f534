// The app's own API under /api: the deployment's health, live magnet sync and notifications. Anything else
// under /api answers the 404 envelope.
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { health } from "./health";
import { live } from "./live";
import { push } from "./push";

export const api = new Hono<AppEnv>()
  .route("/health", health)
  .route("/", live)
  .route("/push", push)
  .all("*", () => notFound());
