// The cleanup rules on the account object (docs/caps.md): kept per account, applied with no
// device open, only to finished magnets, within the account's budget; devices learn of the
// removals through the live feed, and once through a `cleanup` message.
import { describe, expect, it, vi } from "vitest";
import type { CleanupRules, OldestDeleted } from "../../protocol/cleanup";
import type { CleanupMessage } from "../../protocol/live";
import { finishedOldestFirst, magnetsToClean, nextComingOfAge } from "../../worker/account/cleanup/choose";
import { waitUntil } from "../wait-until";
import {
  appApi,
  appJson,
  deleteCalls,
  insertProcessing,
  insertReady,
  readyHash,
  readyMagnetsByAge,
  upstreamMagnets,
} from "./caps-helpers";
import { Device, fullStatus, hashStartingWith, newKey, sorted, upload } from "./live-helpers";
import { sandboxStats } from "./sandbox-hooks";

vi.setConfig({ testTimeout: 30_000 });

const OFF: CleanupRules = { keepFinished: null, finishedForDays: null };

const setRules = (apikey: string, rules: CleanupRules) => appJson<CleanupRules>("/api/cleanup", apikey, "POST", rules);

/** The ids the account has upstream now. */
async function idsUpstream(apikey: string): Promise<number[]> {
  return (await upstreamMagnets(apikey)).map((magnet) => magnet.id).sort((a, b) => a - b);
}

async function untilUpstream(apikey: string, expected: number[], timeoutMs = 15_000): Promise<void> {
  const want = [...expected].sort((a, b) => a - b);
  await waitUntil(async () => JSON.stringify(await idsUpstream(apikey)) === JSON.stringify(want), "the cleanup", {
    timeoutMs,
    everyMs: 200,
  });
}

describe("choosing what the rules delete", () => {
  const magnet = (id: number, statusCode: number, completionDate: number) => ({
    id,
    filename: `m${id}`,
    size: 1,
    status: "",
    statusCode,
    uploadDate: completionDate || 1,
    completionDate,
  });
  const DAY = 86_400;
  const now = 100 * DAY * 1000;
  const magnets = [
    magnet(1, 4, 90 * DAY),
    magnet(2, 4, 95 * DAY),
    magnet(3, 4, 99 * DAY),
    magnet(4, 1, 0),
    magnet(5, 7, 0),
    magnet(6, 4, 85 * DAY),
  ];

  it("keeps the newest N finished, oldest by completion date going first, and never a processing or failed one", () => {
    expect(finishedOldestFirst(magnets).map((m) => m.id)).toEqual([6, 1, 2, 3]);
    expect(magnetsToClean(magnets, { keepFinished: 1, finishedForDays: null }, now)).toEqual([6, 1, 2]);
    expect(magnetsToClean(magnets, { keepFinished: 0, finishedForDays: null }, now)).toEqual([6, 1, 2, 3]);
    expect(magnetsToClean(magnets, { keepFinished: 10, finishedForDays: null }, now)).toEqual([]);
  });

  it("deletes those finished more than D days ago, either rule enough, and says when the next comes of age", () => {
    expect(magnetsToClean(magnets, { keepFinished: null, finishedForDays: 7 }, now)).toEqual([6, 1]);
    expect(magnetsToClean(magnets, { keepFinished: 3, finishedForDays: 12 }, now)).toEqual([6]);
    expect(magnetsToClean(magnets, OFF, now)).toEqual([]);
    expect(nextComingOfAge(magnets, { keepFinished: null, finishedForDays: 20 })).toBe((85 + 20) * DAY * 1000);
    expect(nextComingOfAge(magnets, OFF)).toBeNull();
  });
});

describe("GET and POST /api/cleanup", () => {
  it("starts with both rules off and answers a POST with the rules as stored", async () => {
    const apikey = newKey();
    expect(await appJson("/api/cleanup", apikey)).toEqual(OFF);
    const rules = { keepFinished: 50, finishedForDays: null };
    expect(await setRules(apikey, rules)).toEqual(rules);
    expect(await appJson("/api/cleanup", apikey)).toEqual(rules);
    expect(await setRules(apikey, OFF)).toEqual(OFF);
    expect(await appJson("/api/cleanup", apikey)).toEqual(OFF);
  });

  it("refuses bad rules with HTTP 400 and the envelope, and changes nothing", async () => {
    const apikey = newKey();
    const kept = { keepFinished: 5, finishedForDays: 30 };
    await setRules(apikey, kept);
    for (const body of [
      { keepFinished: -1, finishedForDays: null },
      { keepFinished: 2.5, finishedForDays: null },
      { keepFinished: "5", finishedForDays: null },
      { keepFinished: 1001, finishedForDays: null },
      { keepFinished: null, finishedForDays: 0 },
      { keepFinished: null, finishedForDays: 366 },
      { keepFinished: null, finishedForDays: 1, tidy: true },
      { keepFinished: 5 },
      [],
      "keepFinished=5",
    ]) {
      const response = await appApi("/api/cleanup", apikey, "POST", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
    }
    const unsent = await appApi("/api/cleanup", null, "POST", kept);
    expect(await unsent.json()).toMatchObject({ error: { code: "AUTH_MISSING_APIKEY" } });
    expect(await appJson("/api/cleanup", apikey)).toEqual(kept);
  });

  it("keeps one account's rules away from another's magnets", async () => {
    const [tidy, other] = [newKey(), newKey()];
    await upload(tidy, [readyHash(1)]);
    const others = await upload(other, [readyHash(1), readyHash(2)]);
    await setRules(tidy, { keepFinished: 0, finishedForDays: null });
    await untilUpstream(tidy, []);
    expect(await appJson("/api/cleanup", other)).toEqual(OFF);
    expect(await idsUpstream(other)).toEqual(others.sort((a, b) => a - b));
    expect(await deleteCalls(other)).toBe(0);
  });
});

describe("the rules on the account object", () => {
  it("keeps the newest N finished with no device open, and never touches a processing or failed magnet", async () => {
    const apikey = newKey();
    const ready = await readyMagnetsByAge(apikey, 5);
    const [processing, failed] = await upload(apikey, [hashStartingWith("e"), hashStartingWith("f1")]);
    const statusOf = async (id: number) => (await upstreamMagnets(apikey)).find((m) => m.id === id)?.statusCode ?? 0;
    await waitUntil(async () => (await statusOf(failed!)) >= 5, "the failure");
    await setRules(apikey, { keepFinished: 2, finishedForDays: null });
    await untilUpstream(apikey, [ready[3]!, ready[4]!, processing!, failed!]);
    expect(await deleteCalls(apikey)).toBe(3);
    await setRules(apikey, { keepFinished: 0, finishedForDays: null });
    await untilUpstream(apikey, [processing!, failed!]);
    expect(await deleteCalls(apikey)).toBe(5);
  });

  it("deletes what finished more than D days ago, by the sandbox's completion dates", async () => {
    const apikey = newKey();
    const [old, older, recent] = await readyMagnetsByAge(apikey, 3);
    await setRules(apikey, { keepFinished: null, finishedForDays: 2 });
    // Finished 2.5, 1.5 and 0.5 days ago: only the one past two days goes.
    await untilUpstream(apikey, [older!, recent!]);
    expect(old).toBeLessThan(older!);
    expect(await deleteCalls(apikey)).toBe(1);
  });

  it("tells every device through the feed, and says once which run removed them", async () => {
    const apikey = newKey();
    const ready = await readyMagnetsByAge(apikey, 4);
    const [first, second] = [await Device.connect(apikey), await Device.connect(apikey)];
    await waitUntil(() => first.magnets.size === 4 && second.magnets.size === 4, "both snapshots");
    await setRules(apikey, { keepFinished: 1, finishedForDays: null });
    await waitUntil(() => first.magnets.size === 1 && second.magnets.size === 1, "the removals on both devices");
    for (const device of [first, second]) {
      expect([...device.magnets.keys()]).toEqual([ready[3]]);
      expect(device.gaps).toBe(0);
      const runs = device.messages.filter((m): m is CleanupMessage => m.type === "cleanup");
      expect(runs).toHaveLength(1);
      expect(runs[0]?.removed.sort()).toEqual(ready.slice(0, 3).sort());
    }
    expect(sorted(first.magnets)).toEqual(sorted(await fullStatus(apikey)));
    // A device that connects later hears of the same run, once.
    const late = await Device.connect(apikey);
    await waitUntil(() => late.messages.some((m) => m.type === "cleanup"), "the last run on connect");
    expect(late.messages.find((m) => m.type === "cleanup")).toMatchObject({ run: 1 });
    for (const device of [first, second, late]) device.close();
  });

  it("deletes 40 at once in exactly 40 calls within the budget, while a device's live polls go on", {
    timeout: 90_000,
  }, async () => {
    const apikey = newKey();
    // A new key is checked once (/v4.1/user) before its account's budget is reached: let that
    // call's second pass, so every call the sandbox counts afterwards is the object's.
    await appJson("/api/cleanup", apikey);
    const admitted = Date.now();
    await waitUntil(() => Date.now() > admitted + 1000, "the admission check's second to pass");
    const [slow] = await insertProcessing(apikey, 1);
    const ids = await insertReady(apikey, 40);
    const device = await Device.connect(apikey);
    await waitUntil(() => device.magnets.size === 41, "the snapshot");
    const polls = async () => (await sandboxStats(apikey)).calls["/v4.1/magnet/status"] ?? 0;
    const pollsBefore = await polls();
    await setRules(apikey, { keepFinished: 0, finishedForDays: null });
    // The processing magnet keeps the device's polls at the tests' 100 ms pace, 10 a second of the
    // key's 12: the deletes get the bulk lane's share of what is left, about 2 a second.
    await waitUntil(() => device.magnets.size === 1, "all 40 gone on the device", { timeoutMs: 50_000 });
    expect([...device.magnets.keys()]).toEqual([slow]);
    // One call per magnet, and none of the key's calls went past the sandbox's 12 a second.
    expect(await deleteCalls(apikey)).toBe(ids.length);
    expect((await sandboxStats(apikey)).rateLimited).toBe(0);
    expect(await polls()).toBeGreaterThan(pollsBefore + 2);
    device.close();
  });
});

describe("POST /api/cleanup/oldest", () => {
  it("frees room at 1000 magnets: the oldest finished goes, and the add is taken again", async () => {
    const apikey = newKey();
    const full = await upload(
      apikey,
      Array.from({ length: 1000 }, (_, n) => readyHash(n)),
    );
    expect(full).toHaveLength(1000);
    const extra = `magnet:?xt=urn:btih:${readyHash(1000)}`;
    const refused = await exportsUpload(apikey, extra);
    expect(refused).toMatchObject({ status: "error", error: { code: "MAGNET_TOO_MANY" } });
    const freed = await appJson<OldestDeleted>("/api/cleanup/oldest", apikey, "POST", { count: 1 });
    expect(freed).toEqual({ removed: [Math.min(...full)] });
    expect(await exportsUpload(apikey, extra)).toMatchObject({ status: "success" });
  });

  it("deletes finished magnets only, fewer when there are fewer, and refuses a bad count", async () => {
    const apikey = newKey();
    const [ready] = await upload(apikey, [readyHash(1)]);
    await upload(apikey, [hashStartingWith("e")]);
    await Device.connect(apikey).then((device) => device.close());
    expect(await appJson("/api/cleanup/oldest", apikey, "POST", { count: 5 })).toEqual({ removed: [ready] });
    expect(await appJson("/api/cleanup/oldest", apikey, "POST", { count: 5 })).toEqual({ removed: [] });
    for (const body of [{ count: 0 }, { count: 101 }, { count: 1.5 }, { count: 1, all: true }, {}]) {
      const response = await appApi("/api/cleanup/oldest", apikey, "POST", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });
});

/** An upload as a device makes it, straight to the sandbox: the envelope. */
async function exportsUpload(apikey: string, magnet: string): Promise<unknown> {
  const { exports } = await import("cloudflare:workers");
  const response = await exports.default.fetch("http://edge.test/sandbox/v4.1/magnet/upload", {
    method: "POST",
    headers: { Authorization: `Bearer ${apikey}` },
    body: new URLSearchParams([["magnets[]", magnet]]),
  });
  return response.json();
}
