// The account's apikey, as its object keeps it: sealed at rest (AES-GCM, with a key derived from
// KEY_HASH_SECRET and bound to the object's id) so that background work can go on without a
// device, and in clear in memory only. Also the deployment's origin the key was last used from.
import type { Env } from "../env";
import type { MagnetFeed } from "./live/feed";
import { seal, unseal } from "./sealed";

const SEALED_KEY = "live-apikey-v1";

export class Credentials {
  private apikey: string | null = null;

  constructor(
    private readonly env: Env,
    private readonly objectId: string,
    /** The key lives in the feed's position row, beside the live-mode session it polls with. */
    private readonly feed: MagnetFeed,
  ) {}

  /** The origin of the deployment, for upstream links (the sandbox's base URL). */
  get origin(): string {
    return this.feed.position.origin;
  }

  /** Keeps the key (sealed) and the origin a device reached the deployment at. */
  async remember(apikey: string, origin: string): Promise<void> {
    const position = this.feed.position;
    if (apikey === (await this.current()) && origin === position.origin) return;
    this.apikey = apikey;
    position.sealedApikey = await seal(this.env, SEALED_KEY, apikey, this.objectId);
    position.origin = origin;
    this.feed.savePosition();
  }

  /** The key in clear, or null when none is kept. */
  async current(): Promise<string | null> {
    const sealed = this.feed.position.sealedApikey;
    if (!this.apikey && sealed) this.apikey = await unseal(this.env, SEALED_KEY, sealed, this.objectId);
    return this.apikey;
  }

  /** Forgets the key in memory (the caller clears or erases what is at rest). */
  forget(): void {
    this.apikey = null;
  }
}
