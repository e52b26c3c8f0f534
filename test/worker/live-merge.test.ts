// The self-contained parts of live sync: merging live-mode answers, folding patches for resume,
// the poll schedule, sealing, and the client-side rule for applying server messages.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Magnet } from "../../protocol/alldebrid";
import { applyServerMessage, type PatchMessage, parseClientMessage } from "../../protocol/live";
import { composePatches } from "../../worker/account/live/compose";
import { FreshRuns } from "../../worker/account/live/fresh-runs";
import { anyProcessing, mergeDiff, replaceAll } from "../../worker/account/live/merge";
import { nextPollDelay } from "../../worker/account/live/schedule";
import { seal, unseal } from "../../worker/account/sealed";

/** A failing upstream is polled again at most a minute later (docs/live.md). */
const MAX_BACKOFF_MS = 60_000;

function magnet(id: number, fields: Partial<Magnet> = {}): Magnet {
  return {
    id,
    filename: `file-${id}.iso`,
    size: 1000,
    status: "Downloading",
    statusCode: 1,
    downloaded: 0,
    downloadSpeed: 10,
    uploadDate: 1_700_000_000,
    completionDate: 0,
    ...fields,
  };
}

function byId(list: Magnet[]): Map<number, Magnet> {
  return new Map(list.map((m) => [m.id, m]));
}

describe("merging live-mode answers", () => {
  it("merges only the fields that really changed and reports them per magnet", () => {
    const magnets = byId([magnet(1), magnet(2)]);
    const delta = mergeDiff(magnets, [
      { id: 1, downloaded: 500, downloadSpeed: 10 },
      { id: 2, filename: "file-2.iso" },
    ]);
    expect(delta.changes).toEqual([{ id: 1, downloaded: 500 }]);
    expect(delta.removed).toEqual([]);
    expect(magnets.get(1)).toEqual(magnet(1, { downloaded: 500 }));
  });

  it("drops a magnet named with deleted: true and ignores a removal of one it never had", () => {
    const magnets = byId([magnet(1), magnet(2)]);
    const delta = mergeDiff(magnets, [
      { id: 2, deleted: true },
      { id: 9, deleted: true },
    ]);
    expect(delta.removed).toEqual([2]);
    expect([...magnets.keys()]).toEqual([1]);
  });

  it("adds a new magnet with all its fields, and notices a partial one it cannot place", () => {
    const magnets = byId([magnet(1)]);
    const added = mergeDiff(magnets, [magnet(3)]);
    expect(added.changes).toEqual([magnet(3)]);
    expect(added.drifted).toBe(false);
    const partial = mergeDiff(magnets, [{ id: 4, downloaded: 5 }]);
    expect(partial.drifted).toBe(true);
  });

  it("folds several entries for one magnet in one answer into one change", () => {
    const magnets = byId([magnet(1)]);
    const delta = mergeDiff(magnets, [
      { id: 1, downloaded: 100 },
      { id: 1, downloaded: 200, statusCode: 2 },
    ]);
    expect(delta.changes).toEqual([{ id: 1, downloaded: 200, statusCode: 2 }]);
  });

  it("turns a fullsync into the difference from what was held", () => {
    const magnets = byId([magnet(1), magnet(2)]);
    const delta = replaceAll(magnets, [magnet(1, { downloaded: 700 }), magnet(3)]);
    expect(delta).toEqual({ changes: [{ id: 1, downloaded: 700 }, magnet(3)], removed: [2], drifted: false });
    expect([...magnets.keys()].sort()).toEqual([1, 3]);
  });

  it("says a field the fullsync copy lost is gone (null), without deleting the magnet", () => {
    const magnets = byId([magnet(1)]);
    const { downloadSpeed: _dropped, ...withoutSpeed } = magnet(1, { statusCode: 4, status: "Ready" });
    const delta = replaceAll(magnets, [withoutSpeed]);
    expect(delta.removed).toEqual([]);
    expect(delta.changes).toEqual([{ id: 1, status: "Ready", statusCode: 4, downloadSpeed: null }]);
    expect(magnets.get(1)).toEqual(withoutSpeed);
    const client = byId([magnet(1)]);
    applyServerMessage(client, 1, { type: "patch", from: 1, to: 2, ...delta });
    expect(client.get(1)).toEqual(withoutSpeed);
  });

  it("drops the transfer figures of a magnet that settles, as the full status shows it", () => {
    const magnets = byId([magnet(1, { seeders: 4, uploaded: 0, uploadSpeed: 0 })]);
    const delta = mergeDiff(magnets, [{ id: 1, status: "Ready", statusCode: 4, completionDate: 5 }]);
    const ready = {
      id: 1,
      filename: "file-1.iso",
      size: 1000,
      status: "Ready",
      statusCode: 4,
      uploadDate: 1_700_000_000,
      completionDate: 5,
    };
    expect(magnets.get(1)).toEqual(ready);
    expect(delta).toEqual({
      changes: [
        {
          id: 1,
          status: "Ready",
          statusCode: 4,
          completionDate: 5,
          downloaded: null,
          downloadSpeed: null,
          seeders: null,
          uploaded: null,
          uploadSpeed: null,
        },
      ],
      removed: [],
      drifted: false,
    });
    const client = byId([magnet(1, { seeders: 4, uploaded: 0, uploadSpeed: 0 })]);
    applyServerMessage(client, 1, { type: "patch", from: 1, to: 2, ...delta });
    expect(client).toEqual(magnets);
  });

  it("knows whether any magnet is still processing", () => {
    expect(anyProcessing(byId([magnet(1, { statusCode: 4 }), magnet(2, { statusCode: 7 })]))).toBe(false);
    expect(anyProcessing(byId([magnet(1, { statusCode: 4 }), magnet(2, { statusCode: 0 })]))).toBe(true);
  });
});

describe("folding patches for a client that resumes", () => {
  const patch = (from: number, changes: PatchMessage["changes"], removed: number[] = []): PatchMessage => ({
    type: "patch",
    from,
    to: from + 1,
    changes,
    removed,
  });

  it("gives the same result as applying the patches one by one", () => {
    const patches = [
      patch(3, [{ id: 1, downloaded: 1 }, magnet(2)]),
      patch(4, [{ id: 1, downloaded: 2, statusCode: 2 }], [5]),
      patch(5, [{ id: 6, downloaded: 9 }], [2]),
    ];
    const start = byId([magnet(1), magnet(5), magnet(6)]);
    const stepByStep = new Map(start);
    let version = 3;
    for (const p of patches) version = applyServerMessage(stepByStep, version, p) ?? -1;
    const composed = composePatches(patches);
    expect(composed).toMatchObject({ from: 3, to: 6 });
    const folded = new Map(start);
    expect(applyServerMessage(folded, 3, composed!)).toBe(6);
    expect(folded).toEqual(stepByStep);
    expect(composed?.removed.sort()).toEqual([2, 5]);
  });

  it("lets a later field override an earlier null, and a later null override a value", () => {
    const composed = composePatches([
      patch(1, [{ id: 1, downloadSpeed: null }]),
      patch(2, [{ id: 1, downloadSpeed: 7, seeders: 3 }]),
      patch(3, [{ id: 1, seeders: null }]),
    ]);
    expect(composed?.changes).toEqual([{ id: 1, downloadSpeed: 7, seeders: null }]);
  });

  it("refuses a list with a gap", () => {
    expect(composePatches([patch(1, []), patch(3, [])])).toBeNull();
    expect(composePatches([])).toBeNull();
  });
});

describe("the poll schedule", () => {
  const intervals = { activeMs: 2000, idleMs: 30_000 };

  it("polls fast while a magnet processes and slowly when all are settled", () => {
    expect(nextPollDelay(intervals, true, 0)).toBe(2000);
    expect(nextPollDelay(intervals, false, 0)).toBe(30_000);
  });

  it("backs off exponentially after faults, with a cap", () => {
    const middle = () => 0.5;
    expect(nextPollDelay(intervals, false, 1, middle)).toBe(4000);
    expect(nextPollDelay(intervals, false, 3, middle)).toBe(16_000);
    expect(nextPollDelay(intervals, true, 50, () => 0.999)).toBeLessThanOrEqual(MAX_BACKOFF_MS * 1.2);
  });
});

describe("polls that start after their call", () => {
  it("runs once for callers that wait together, and once more for a call made during a run", async () => {
    const started: number[] = [];
    const finishers: Array<() => void> = [];
    const runs = new FreshRuns(() => {
      started.push(started.length + 1);
      return new Promise<number>((resolve) => finishers.push(() => resolve(started.length)));
    });
    const first = runs.next();
    const joined = runs.next();
    expect(joined).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1]);
    const during = runs.next();
    const duringToo = runs.next();
    expect(duringToo).toBe(during);
    expect(started).toEqual([1]);
    finishers[0]?.();
    expect(await first).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1, 2]);
    finishers[1]?.();
    expect(await during).toBe(2);
  });
});

describe("sealing the apikey and tickets", () => {
  it("opens only what it sealed, for the same context, unaltered", async () => {
    const sealed = await seal(env, "live-apikey-v1", "sandboxSecretKey", "object-1");
    expect(sealed).not.toContain("sandboxSecretKey");
    expect(await unseal(env, "live-apikey-v1", sealed, "object-1")).toBe("sandboxSecretKey");
    expect(await unseal(env, "live-apikey-v1", sealed, "object-2")).toBeNull();
    expect(await unseal(env, "live-ticket-v1", sealed, "object-1")).toBeNull();
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === "A" ? "B" : "A") + sealed.slice(-1);
    expect(await unseal(env, "live-apikey-v1", flipped, "object-1")).toBeNull();
    expect(await seal(env, "live-apikey-v1", "sandboxSecretKey", "object-1")).not.toBe(sealed);
  });
});

describe("client messages", () => {
  it("reads hello and ping and rejects anything else", () => {
    expect(parseClientMessage('{"type":"hello","version":4}')).toEqual({ type: "hello", version: 4 });
    expect(parseClientMessage('{"type":"ping"}')).toEqual({ type: "ping" });
    expect(parseClientMessage('{"type":"hello","version":-1}')).toBeNull();
    expect(parseClientMessage('{"type":"hello","version":"4"}')).toBeNull();
    expect(parseClientMessage("not json")).toBeNull();
  });

  it("detects a patch that does not start where the client is", () => {
    const magnets = byId([magnet(1)]);
    expect(applyServerMessage(magnets, 2, { type: "patch", from: 3, to: 4, changes: [], removed: [] })).toBeNull();
  });
});
