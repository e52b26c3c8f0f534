import { abortAllDurableObjects } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, hashStarting, newKey, pollUntil, type StatusMagnet, upload } from "./sandbox-magnets-client";

interface Live {
  counter: number;
  fullsync?: boolean;
  magnets: StatusMagnet[];
}

async function live(key: string, session: number, counter: number): Promise<Live> {
  const answer = await call<Live>("/v4.1/magnet/status", key, { session, counter });
  if (answer.status !== "success") throw new Error(JSON.stringify(answer.error));
  return answer.data;
}

const newSession = () => Math.floor(Math.random() * 1e9);

/** Applies a live answer to the state a client keeps, as the documentation describes. */
function apply(state: Map<number, StatusMagnet>, answer: Live): void {
  if (answer.fullsync) state.clear();
  for (const change of answer.magnets) {
    if (change.deleted) state.delete(change.id);
    else state.set(change.id, { ...state.get(change.id), ...change } as StatusMagnet);
  }
}

describe("live mode", { timeout: 20_000 }, () => {
  it("starts a session with a fullsync of every magnet and counter 1", async () => {
    const key = newKey();
    const items = await upload(key, [hashStarting("0"), hashStarting("e")]);
    const first = await live(key, newSession(), 0);
    expect(first.fullsync).toBe(true);
    expect(first.counter).toBe(1);
    expect(first.magnets.map((magnet) => magnet.id).sort()).toEqual(items.map((item) => item.id).sort());
    expect(first.magnets[0]).toHaveProperty("filename");
  });

  it("then answers an empty list while nothing changes", async () => {
    const key = newKey();
    await upload(key, [hashStarting("0")]);
    const session = newSession();
    const first = await live(key, session, 0);
    const second = await live(key, session, first.counter);
    expect(second).toEqual({ counter: 2, magnets: [] });
    expect(await live(key, session, second.counter)).toEqual({ counter: 3, magnets: [] });
  });

  it("sends only the changed fields of changed magnets, which rebuild the full state", async () => {
    const key = newKey();
    const [steady, moving] = await upload(key, [hashStarting("0"), hashStarting("a")]);
    const session = newSession();
    const state = new Map<number, StatusMagnet>();
    let answer = await live(key, session, 0);
    apply(state, answer);
    const diffs: StatusMagnet[] = [];
    await pollUntil(
      async () => {
        const before = structuredClone(state.get(moving?.id ?? 0));
        answer = await live(key, session, answer.counter);
        expect(answer.fullsync).toBeUndefined();
        for (const change of answer.magnets) {
          for (const [field, value] of Object.entries(change)) {
            if (field !== "id") expect(value).not.toEqual((before as unknown as Record<string, unknown>)[field]);
          }
        }
        diffs.push(...answer.magnets);
        apply(state, answer);
        return state.get(moving?.id ?? 0)?.statusCode;
      },
      (statusCode) => statusCode === 4,
    );
    expect(diffs.every((change) => change.id === moving?.id)).toBe(true);
    expect(diffs.some((change) => "filename" in change || "uploadDate" in change)).toBe(false);
    expect(diffs.some((change) => change.statusCode === 4 && change.status === "Ready")).toBe(true);
    const full = await call<{ magnets: StatusMagnet[] }>("/v4.1/magnet/status", key);
    for (const magnet of full.data.magnets) expect(state.get(magnet.id)).toMatchObject(magnet);
    expect(state.get(steady?.id ?? 0)?.statusCode).toBe(4);
  });

  it("reports a new magnet whole and a deleted one as { id, deleted: true }", async () => {
    const key = newKey();
    const [gone] = await upload(key, [hashStarting("0")]);
    const session = newSession();
    const first = await live(key, session, 0);
    await call("/v4.1/magnet/delete", key, { id: gone?.id ?? 0 });
    const [added] = await upload(key, [hashStarting("0")]);
    const next = await live(key, session, first.counter);
    expect(next.magnets).toEqual([
      expect.objectContaining({ id: added?.id, filename: added?.name, statusCode: 4 }),
      { id: gone?.id, deleted: true },
    ]);
  });

  it("answers an out-of-sync counter with a fullsync and a reset counter", async () => {
    const key = newKey();
    await upload(key, [hashStarting("0")]);
    const session = newSession();
    const first = await live(key, session, 0);
    const second = await live(key, session, first.counter);
    expect(second.fullsync).toBeUndefined();
    const repeated = await live(key, session, first.counter);
    expect(repeated).toMatchObject({ fullsync: true, counter: 1 });
    expect(repeated.magnets).toHaveLength(1);
    expect((await live(key, session, 1)).fullsync).toBeUndefined();
  });

  it("keeps sessions apart per account and per session id", async () => {
    const key = newKey();
    await upload(key, [hashStarting("0")]);
    const first = await live(key, 1, 0);
    expect((await live(key, 2, first.counter)).fullsync).toBe(true);
    expect((await live(newKey(), 1, first.counter)).fullsync).toBe(true);
  });

  it("keeps a session's counter across eviction of the sandbox's object", async () => {
    const key = newKey();
    await upload(key, [hashStarting("0")]);
    const session = newSession();
    const first = await live(key, session, 0);
    await abortAllDurableObjects();
    expect(await live(key, session, first.counter)).toEqual({ counter: 2, magnets: [] });
  });

  it("gives demo keys one fullsync, then no changes", async () => {
    const first = await live("staticDemoApikeyPrem", 5, 0);
    expect(first).toMatchObject({ fullsync: true, counter: 1 });
    expect(first.magnets).toHaveLength(3);
    expect(await live("staticDemoApikeyPrem", 5, 1)).toEqual({ counter: 2, magnets: [] });
  });
});
