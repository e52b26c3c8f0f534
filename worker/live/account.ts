// One object per AllDebrid account, named by the keyed hash of its apikey: it keeps the
// account's upstream rate budget and runs live magnet sync for every connected device.
import { DurableObject } from "cloudflare:workers";
import { RateBudget, type SlotGrant } from "../edge/budget";
import type { Env } from "../env";

export class Account extends DurableObject<Env> {
  private readonly budget = new RateBudget();

  /** Waits for a slot in this account's upstream budget (the edge proxy calls it before each upstream call). */
  async reserveUpstreamSlot(): Promise<SlotGrant> {
    return this.budget.reserve(Date.now());
  }

  /** A write went through the edge (upload, delete, restart): poll upstream now so every device sees it. */
  async pollSoon(): Promise<void> {}
}
