import { describe, expect, it } from "vitest";
import type { Magnet } from "../../protocol/alldebrid";
import { countByGroup, etaSeconds, progressOf, visibleMagnets } from "../../web/magnets/view";

function magnet(id: number, fields: Partial<Magnet> = {}): Magnet {
  return {
    id,
    filename: `file-${id}`,
    size: 1000,
    status: "",
    statusCode: 1,
    uploadDate: 1_700_000_000 + id,
    completionDate: 0,
    downloaded: 0,
    ...fields,
  };
}

const magnets = [
  magnet(1, { filename: "Ubuntu 24.04 Desktop", statusCode: 4, size: 5000 }),
  magnet(2, { filename: "Debian netinst", statusCode: 1, downloaded: 500 }),
  magnet(3, { filename: "Fedora Workstation", statusCode: 15 }),
  magnet(4, { filename: "Été à Paris", statusCode: 0, size: 10 }),
  magnet(5, { filename: "debian live", statusCode: 1, downloaded: 900 }),
];

describe("the magnets list view", () => {
  it("shows only the magnets of the chosen state", () => {
    const ids = (filter: "processing" | "ready" | "error") =>
      visibleMagnets(magnets, { filter, search: "", sort: "name" }).map((m) => m.id);
    expect(ids("ready")).toEqual([1]);
    expect(ids("error")).toEqual([3]);
    expect(ids("processing").sort()).toEqual([2, 4, 5]);
  });

  it("finds magnets by every word of the search, ignoring case and accents", () => {
    const find = (search: string) => visibleMagnets(magnets, { filter: "all", search, sort: "name" }).map((m) => m.id);
    expect(find("DEBIAN")).toEqual([5, 2]);
    expect(find("debian net")).toEqual([2]);
    expect(find("ete")).toEqual([4]);
    expect(find("nothing like this")).toEqual([]);
  });

  it("sorts by newest, name, size and progress", () => {
    const sorted = (sort: "newest" | "name" | "size" | "progress") =>
      visibleMagnets(magnets, { filter: "all", search: "", sort }).map((m) => m.id);
    expect(sorted("newest")).toEqual([5, 4, 3, 2, 1]);
    expect(sorted("name")).toEqual([5, 2, 4, 3, 1]);
    expect(sorted("size")[0]).toBe(1);
    expect(sorted("progress").slice(0, 3)).toEqual([1, 5, 2]);
  });

  it("counts the magnets of each state", () => {
    expect(countByGroup(magnets)).toEqual({ all: 5, processing: 3, ready: 1, error: 1 });
  });

  it("calls a ready magnet done even without a downloaded count, and estimates the time left", () => {
    expect(progressOf({ statusCode: 4, size: 100 })).toBe(1);
    expect(progressOf({ statusCode: 1, size: 200, downloaded: 50 })).toBe(0.25);
    expect(etaSeconds({ size: 1000, downloaded: 400, downloadSpeed: 100 })).toBe(6);
    expect(etaSeconds({ size: 1000, downloaded: 400, downloadSpeed: 0 })).toBeNull();
  });
});
