// The sandbox's state lives in this Durable Object (to be filled in by the sandbox work).
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";

export class Sandbox extends DurableObject<Env> {}
