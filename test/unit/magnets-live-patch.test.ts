// A live patch applied to the magnets store (web/magnets/live-apply.ts): each change is the JSON
// Merge Patch of one magnet, so a field set to null is gone, a magnet the device did not know is
// added whole, and the speed graph records a gone speed as 0. (Solid's store, as Node runs it.)
import { createStore } from "solid-js/store";
import { describe, expect, it } from "vitest";
import type { Magnet } from "../../protocol/alldebrid";
import { applyPatch, type LiveTarget } from "../../web/magnets/live-apply";
import { initialMagnetsState, type MagnetsState } from "../../web/magnets/state";

const downloading: Magnet = {
  id: 1,
  filename: "ubuntu.iso",
  size: 1000,
  status: "Downloading",
  statusCode: 1,
  downloaded: 400,
  downloadSpeed: 50,
  seeders: 3,
  uploadDate: 1,
  completionDate: 0,
};

function storeWith(magnets: Magnet[], deleting: number[] = []): LiveTarget {
  const [state, setState] = createStore<MagnetsState>({
    ...initialMagnetsState(),
    magnets: structuredClone(magnets),
    version: 1,
    live: { status: "live" },
    speeds: { 1: [50] },
  });
  return { state, setState, deleting: new Set(deleting) };
}

describe("a live patch on the magnets store", () => {
  it("removes a field the patch sets to null and changes the ones it sets, leaving the rest", () => {
    const target = storeWith([downloading]);
    applyPatch(target, 2, [{ id: 1, status: "Ready", statusCode: 4, downloadSpeed: null, seeders: null }], []);
    const magnet = target.state.magnets[0]!;
    expect(magnet).toEqual({
      ...downloading,
      status: "Ready",
      statusCode: 4,
      downloadSpeed: undefined,
      seeders: undefined,
    });
    expect("downloadSpeed" in magnet).toBe(false);
    expect("seeders" in magnet).toBe(false);
    expect(magnet.downloaded).toBe(400);
    expect(target.state.version).toBe(2);
  });

  it("records a speed that is gone as 0 on the speed graph", () => {
    const target = storeWith([downloading]);
    applyPatch(target, 2, [{ id: 1, downloadSpeed: 80 }], []);
    applyPatch(target, 3, [{ id: 1, downloadSpeed: null }], []);
    expect(target.state.speeds[1]).toEqual([50, 80, 0]);
  });

  it("adds a magnet it did not know whole, without its null fields", () => {
    const target = storeWith([]);
    const { id, ...fields } = { ...downloading, id: 2 };
    applyPatch(target, 2, [{ id, ...fields, seeders: null }], []);
    const { seeders: _, ...expected } = { ...downloading, id: 2 };
    expect(target.state.magnets).toEqual([expected]);
  });

  it("drops the magnets listed as removed and their speeds, and never brings back one being deleted", () => {
    const target = storeWith([downloading, { ...downloading, id: 3 }], [3]);
    applyPatch(target, 2, [{ id: 3, downloadSpeed: 10 }], [1]);
    expect(target.state.magnets.map((m) => m.id)).toEqual([3]);
    expect(target.state.magnets[0]!.downloadSpeed).toBe(50);
    expect(target.state.speeds[1]).toBeUndefined();
  });
});
