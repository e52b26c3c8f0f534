// What the sandbox makes of a deleted magnet added again (docs/sandbox-magnets.md): a failed one
// answers MAGNET_PROCESSING_COOLDOWN for a while, then is taken; a Ready or expired one is not held
// back, and an expired one downloads afresh.
import { describe, expect, it, vi } from "vitest";
import { waitUntil } from "../wait-until";
import { call, hashStarting, newKey, pollUntil, statusOf, upload } from "./sandbox-magnets-client";

vi.setConfig({ testTimeout: 30_000 });

async function uploadOne(apikey: string, hash: string) {
  const [item] = await upload(apikey, [hash]);
  if (!item) throw new Error("no item");
  return item;
}

async function settled(apikey: string, id: number) {
  return pollUntil(
    () => statusOf(apikey, id),
    (magnet) => magnet.statusCode >= 4,
  );
}

describe("MAGNET_PROCESSING_COOLDOWN", () => {
  it("answers a failed magnet uploaded again right after its delete, and takes it once the cooldown is over", async () => {
    const apikey = newKey();
    const hash = hashStarting("f1");
    const failed = await uploadOne(apikey, hash);
    expect((await settled(apikey, failed.id)).statusCode).toBe(6);
    expect((await call("/v4.1/magnet/delete", apikey, { id: failed.id })).status).toBe("success");
    const again = await uploadOne(apikey, hash);
    expect(again.error).toEqual({
      code: "MAGNET_PROCESSING_COOLDOWN",
      message: "This magnet was processed moments ago, please retry later",
    });
    // Twenty paces: a second in these tests.
    const later = await waitUntil(
      async () => {
        const item = await uploadOne(apikey, hash);
        return item.error ? null : item;
      },
      "the cooldown to end",
      { everyMs: 200, timeoutMs: 10_000 },
    );
    expect(later?.id).toBeGreaterThan(failed.id);
  });

  it("holds back neither a Ready magnet nor an expired one (status 11) deleted and added again", async () => {
    const apikey = newKey();
    for (const prefix of ["0", "f6"]) {
      const hash = hashStarting(prefix);
      const first = await uploadOne(apikey, hash);
      await settled(apikey, first.id);
      await call("/v4.1/magnet/delete", apikey, { id: first.id });
      const again = await uploadOne(apikey, hash);
      expect(again.error).toBeUndefined();
      expect(again.id).not.toBe(first.id);
    }
  });

  it("downloads an expired magnet afresh when it is added again, up to Ready", async () => {
    const apikey = newKey();
    const hash = hashStarting("f6");
    const first = await uploadOne(apikey, hash);
    expect((await settled(apikey, first.id)).statusCode).toBe(11);
    await call("/v4.1/magnet/delete", apikey, { id: first.id });
    const again = await uploadOne(apikey, hash);
    expect((await settled(apikey, again.id)).statusCode).toBe(4);
  });

  it("is the account's own: another account uploads the same hash at once", async () => {
    const hash = hashStarting("f1");
    const owner = newKey();
    const failed = await uploadOne(owner, hash);
    await settled(owner, failed.id);
    await call("/v4.1/magnet/delete", owner, { id: failed.id });
    expect((await uploadOne(newKey(), hash)).error).toBeUndefined();
  });
});
