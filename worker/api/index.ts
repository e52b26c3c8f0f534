// The app's own API under /api: the deployment's health, live magnet sync, notifications, the
// cleanup rules and the waiting line. Anything else under /api answers the 404 envelope.
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { notFound } from "../errors";
import { cleanup } from "./cleanup";
import { health } from "./health";
import { line } from "./line";
import { live } from "./live";
import { push } from "./push";

export const api = new Hono<AppEnv>()
  .route("/health", health)
  .route("/", live)
  .route("/push", push)
  .route("/cleanup", cleanup)
  .route("/line", line)
  .all("*", () => notFound());
