// One object per AllDebrid account: live magnet sync and the upstream rate budget.
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";

export class Account extends DurableObject<Env> {}
