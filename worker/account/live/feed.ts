// The account's magnets as devices follow them: what the object holds, its version, and the
// position of its AllDebrid live-mode session. Each live-mode answer becomes one patch, stored
// with the magnets in one transaction; a device is brought up to date with a patch while the
// log covers its version, else with a snapshot.
import type { Magnet, MagnetChange, MagnetLiveData } from "../../../protocol/alldebrid";
import type { PatchMessage, ServerMessage, SnapshotMessage } from "../../../protocol/live";
import { composePatches } from "./compose";
import { type LiveDelta, mergeDiff, replaceAll } from "./merge";
import { LiveStore, randomSession, type SyncPosition } from "./store";

/** What one live-mode answer changed: the patch to send, or a reset (the first sync: send snapshots). */
export type FeedChange = { kind: "patch"; patch: PatchMessage } | { kind: "reset"; version: number };

export class MagnetFeed {
  readonly magnets: Map<number, Magnet>;
  position: SyncPosition;
  private readonly store: LiveStore;

  constructor(private readonly storage: DurableObjectStorage) {
    this.store = new LiveStore(storage.sql);
    this.magnets = this.store.loadMagnets();
    this.position = this.store.loadPosition();
  }

  get version(): number {
    return this.position.version;
  }

  savePosition(): void {
    this.store.savePosition(this.position);
  }

  /**
   * Merges one live-mode answer and stores it with its patch; null when nothing a device sees
   * changed. `alongside` runs inside the same transaction, with the merged magnets and the new
   * version, so what it writes (queued notifications) stands or falls with the change.
   */
  apply(data: MagnetLiveData, alongside?: (magnets: Map<number, Magnet>, version: number) => void): FeedChange | null {
    const position = this.position;
    const firstSync = position.version === 0;
    const delta =
      data.fullsync || firstSync
        ? replaceAll(this.magnets, data.magnets as Magnet[])
        : mergeDiff(this.magnets, data.magnets);
    position.failures = 0;
    position.refused = false;
    if (delta.drifted) {
      // A diff named a magnet we never saw in full: start a new session to get a fullsync.
      position.session = randomSession();
      position.counter = 0;
    } else {
      position.counter = data.counter;
    }
    if (!firstSync && delta.changes.length === 0 && delta.removed.length === 0) {
      this.savePosition();
      return null;
    }
    return this.record(delta, firstSync, alongside);
  }

  /**
   * Fields the deployment itself knows of magnets held (the hash of one added through it), told
   * as a patch like any other; null when nothing changed. Magnets not held yet are left out.
   */
  amend(changes: MagnetChange[]): FeedChange | null {
    if (this.position.version === 0) return null;
    const delta = mergeDiff(
      this.magnets,
      changes.filter((change) => this.magnets.has(change.id)),
    );
    return delta.changes.length === 0 ? null : this.record(delta, false);
  }

  /** Stores a change with its patch, one version up, in one transaction. */
  private record(
    delta: LiveDelta,
    reset: boolean,
    alongside?: (magnets: Map<number, Magnet>, version: number) => void,
  ): FeedChange {
    const from = this.position.version;
    this.position.version = from + 1;
    const patch: PatchMessage = { type: "patch", from, to: from + 1, changes: delta.changes, removed: delta.removed };
    this.storage.transactionSync(() => {
      this.store.saveDelta(this.magnets, delta, patch, reset);
      this.savePosition();
      alongside?.(this.magnets, patch.to);
    });
    return reset ? { kind: "reset", version: patch.to } : { kind: "patch", patch };
  }

  snapshot(): SnapshotMessage {
    return { type: "snapshot", version: this.position.version, magnets: [...this.magnets.values()] };
  }

  /** What brings a device from `from` to now: a patch while the log covers it, else a snapshot. */
  catchUp(from: number): ServerMessage {
    const version = this.position.version;
    if (from === version) return { type: "patch", from, to: from, changes: [], removed: [] };
    if (from > 0 && from < version) {
      const composed = composePatches(this.store.patchesSince(from));
      if (composed && composed.from === from && composed.to === version) return composed;
    }
    return this.snapshot();
  }
}
