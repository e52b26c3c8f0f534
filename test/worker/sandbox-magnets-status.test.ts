import { abortAllDurableObjects } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { magnetAt } from "../../worker/sandbox/magnets/progress";
import { call, hashStarting, newKey, pollUntil, type StatusMagnet, statusOf, upload } from "./sandbox-magnets-client";

async function list(key: string, params: Record<string, string> = {}): Promise<StatusMagnet[]> {
  const answer = await call<{ magnets: StatusMagnet[] }>("/v4.1/magnet/status", key, params);
  return answer.data.magnets;
}

describe("magnet progress", { timeout: 20_000 }, () => {
  it("walks In Queue, Downloading with growing bytes, Compressing, Uploading, then Ready, one step per pace", () => {
    // Hash "a1a0...": normal, 2 download steps (4th character 0 -> 2 + 0).
    const stored = {
      id: 7,
      apikey: "sandboxx",
      hash: "a1a0".padEnd(40, "5"),
      name: "x.iso",
      size: 3_000_000,
      files: null,
      uploaded: 1_000_000,
      started: 1_000_000,
      restarts: 0,
    };
    const at = (step: number) => magnetAt(stored, stored.started + step * 100 + 1, 100);
    expect([0, 1, 2, 3, 4, 5, 9].map((step) => at(step).status)).toEqual([
      "In Queue",
      "Downloading",
      "Downloading",
      "Compressing / Moving",
      "Uploading",
      "Ready",
      "Ready",
    ]);
    expect(at(0).downloaded).toBe(0);
    expect(at(1).downloaded).toBe(1_000_000);
    expect(at(2).downloaded).toBe(2_000_000);
    expect(at(1).downloadSpeed).toBeGreaterThan(0);
    expect(at(1).seeders).toBeGreaterThan(0);
    expect(at(4).uploadSpeed).toBeGreaterThan(0);
    expect(at(5)).toEqual({
      id: 7,
      filename: "x.iso",
      size: 3_000_000,
      status: "Ready",
      statusCode: 4,
      uploadDate: 1000,
      completionDate: 1000,
    });
    expect(at(4).completionDate).toBe(0);
  });

  it("reaches Ready with a completion date, and stops showing transfer figures", async () => {
    const key = newKey();
    const [item] = await upload(key, [hashStarting("a")]);
    expect(item?.ready).toBe(false);
    const ready = await pollUntil(
      () => statusOf(key, item?.id ?? 0),
      (magnet) => magnet.statusCode === 4,
    );
    expect(ready.status).toBe("Ready");
    expect(ready.completionDate).toBeGreaterThanOrEqual(ready.uploadDate);
    expect(ready.downloadSpeed).toBeUndefined();
  });

  it.each([
    ["f0", 5, "Upload fail"],
    ["f3", 8, "File too big"],
    ["fa", 15, "File not available - no peer"],
  ])("fails a hash starting with %s with status code %i", async (prefix, code, text) => {
    const key = newKey();
    const [item] = await upload(key, [hashStarting(prefix)]);
    const failed = await pollUntil(
      () => statusOf(key, item?.id ?? 0),
      (magnet) => magnet.statusCode >= 5,
    );
    expect({ statusCode: failed.statusCode, status: failed.status }).toEqual({ statusCode: code, status: text });
  });

  it("keeps a hash starting with e processing", async () => {
    const key = newKey();
    const [item] = await upload(key, [hashStarting("e")]);
    expect((await statusOf(key, item?.id ?? 0)).statusCode).toBeLessThan(2);
  });
});

describe("magnet status", { timeout: 20_000 }, () => {
  it("answers one magnet asked by id as an object, with its files once ready", async () => {
    const key = newKey();
    const [item] = await upload(key, [hashStarting("01")]);
    const answer = await call<{ magnets: StatusMagnet & { files: unknown[] } }>("/v4.1/magnet/status", key, {
      id: item?.id ?? 0,
    });
    expect(Array.isArray(answer.data.magnets)).toBe(false);
    expect(answer.data.magnets).toMatchObject({ id: item?.id, filename: item?.name, statusCode: 4 });
    expect(answer.data.magnets.files.length).toBeGreaterThan(0);
  });

  it("lists magnets without files, newest first", async () => {
    const key = newKey();
    const items = await upload(key, [hashStarting("0"), hashStarting("0")]);
    const magnets = await list(key);
    expect(magnets.map((magnet) => magnet.id)).toEqual(items.map((item) => item.id).reverse());
    expect(magnets.every((magnet) => !("files" in magnet))).toBe(true);
  });

  it.each([
    ["an unknown id", "999999999"],
    ["a word", "abc"],
  ])("answers MAGNET_INVALID_ID for %s", async (_label, id) => {
    const answer = await call("/v4.1/magnet/status", newKey(), { id });
    expect(answer).toMatchObject({ status: "error", error: { code: "MAGNET_INVALID_ID" } });
  });

  it("does not show one account's magnet to another", async () => {
    const [item] = await upload(newKey(), [hashStarting("0")]);
    const answer = await call("/v4.1/magnet/status", newKey(), { id: item?.id ?? 0 });
    expect(answer.error.code).toBe("MAGNET_INVALID_ID");
  });

  it("filters by active, ready, error and expired (status 11, Expired - files removed)", async () => {
    const key = newKey();
    const [ready, active, failing, expired] = await upload(key, [
      hashStarting("0"),
      hashStarting("e"),
      hashStarting("f1"),
      hashStarting("f6"),
    ]);
    for (const settling of [failing, expired])
      await pollUntil(
        () => statusOf(key, settling?.id ?? 0),
        (magnet) => magnet.statusCode >= 5,
      );
    const ids = async (status: string) => (await list(key, { status })).map((magnet) => magnet.id);
    expect(await ids("active")).toEqual([active?.id]);
    expect(await ids("ready")).toEqual([ready?.id]);
    expect(await ids("error")).toEqual([failing?.id]);
    expect(await ids("expired")).toEqual([expired?.id]);
    expect(await statusOf(key, expired?.id ?? 0)).toMatchObject({ statusCode: 11, status: "Expired - files removed" });
  });

  it("answers the retired /v4/magnet/status with DISCONTINUED and deprecated: true, whatever is sent", async () => {
    const key = newKey();
    const [item] = await upload(key, [hashStarting("0a8")]);
    for (const params of [{}, { id: String(item?.id) }, { session: "1", counter: "0" }] as Array<
      Record<string, string>
    >) {
      const answer = await call("/v4/magnet/status", key, params);
      expect(answer).toMatchObject({ status: "error", deprecated: true, error: { code: "DISCONTINUED" } });
    }
  });

  it("keeps magnets and their progress when the sandbox's object is evicted", async () => {
    const key = newKey();
    const [item] = await upload(key, [hashStarting("a")]);
    await abortAllDurableObjects();
    const magnets = await list(key);
    expect(magnets.map((magnet) => magnet.id)).toEqual([item?.id]);
    await pollUntil(
      () => statusOf(key, item?.id ?? 0),
      (magnet) => magnet.statusCode === 4,
    );
  });
});

describe("demo keys", { timeout: 20_000 }, () => {
  it("show the documentation's magnets and never change", async () => {
    const magnets = await list("staticDemoApikeyPrem");
    expect(magnets.map((magnet) => [magnet.id, magnet.status])).toEqual([
      [123456, "Downloading"],
      [234567, "Ready"],
      [56789, "Ready"],
    ]);
    const deleted = await call("/v4.1/magnet/delete", "staticDemoApikeyPrem", { id: 234567 });
    expect(deleted.status).toBe("success");
    expect(await list("staticDemoApikeyPrem")).toHaveLength(3);
  });
});
