// Unlocking many files for an export: one at a time at a pace, a RATE_LIMITED answer waited out
// (its Retry-After, else a growing pause) before the same file is tried again, delayed links
// left preparing while the next files go, and the progress reported all along.
import { describe, expect, it } from "vitest";
import { AllDebridError } from "../../protocol/alldebrid";
import { type ManyProgress, type Unlocking, unlockMany } from "../../web/alldebrid/unlock-many";

/** One unlock started every 250 ms at most. */
const PACE_MS = 250;

function ready(link: string): Unlocking {
  const done = Promise.resolve(link);
  return { answered: done, done };
}

function refused(error: unknown): Unlocking {
  const done = Promise.reject(error);
  done.catch(() => undefined);
  return { answered: done, done };
}

/** A clock the test moves: sleeps are recorded and pass at once. */
function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void (ms > 0 && waits.push(ms)) };
}

describe("unlocking many files for an export", () => {
  it("unlocks each file once, in order, no faster than the pace", async () => {
    const { waits, sleep } = fakeSleep();
    const started: string[] = [];
    const result = await unlockMany(
      ["a", "b", "c"],
      (name) => {
        started.push(name);
        return ready(`https://dl/${name}`);
      },
      { sleep },
    );
    expect(started).toEqual(["a", "b", "c"]);
    expect(result.ready.map((entry) => entry.link)).toEqual(["https://dl/a", "https://dl/b", "https://dl/c"]);
    expect(waits.every((ms) => ms <= PACE_MS)).toBe(true);
  });

  it("waits a rate limit's Retry-After, then unlocks the same file again", async () => {
    const { waits, sleep } = fakeSleep();
    let tries = 0;
    const progress: ManyProgress[] = [];
    const result = await unlockMany(
      ["a"],
      () =>
        ++tries === 1
          ? refused(new AllDebridError("RATE_LIMITED", undefined, 429, { retryAfterSeconds: 3 }))
          : ready("https://dl/a"),
      { sleep, onProgress: (p) => progress.push(p) },
    );
    expect(tries).toBe(2);
    expect(waits).toContain(3000);
    expect(progress.some((p) => p.waitingUntil !== undefined)).toBe(true);
    expect(result.ready).toHaveLength(1);
    expect(result.failed).toHaveLength(0);
  });

  it("backs off 1, 2, 4 s without a Retry-After, and gives up on the file after a few", async () => {
    const { waits, sleep } = fakeSleep();
    const result = await unlockMany(["a"], () => refused(new AllDebridError("RATE_LIMITED", undefined, 429)), {
      sleep,
    });
    expect(waits.filter((ms) => ms >= 1000).slice(0, 3)).toEqual([1000, 2000, 4000]);
    expect(result.failed.map((entry) => (entry.error as AllDebridError).code)).toEqual(["RATE_LIMITED"]);
  });

  it("goes on to the next file while a delayed one is prepared, and waits for it at the end", async () => {
    const { sleep } = fakeSleep();
    let finish = (_link: string) => {};
    const slow: Unlocking = {
      answered: Promise.resolve(),
      done: new Promise((resolve) => {
        finish = resolve;
      }),
    };
    const started: string[] = [];
    const seen: ManyProgress[] = [];
    const running = unlockMany(
      ["slow", "quick"],
      (name) => {
        started.push(name);
        return name === "slow" ? slow : ready("https://dl/quick");
      },
      { sleep, onProgress: (p) => seen.push(p) },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual(["slow", "quick"]);
    expect(seen.at(-1)).toMatchObject({ total: 2, ready: 1, preparing: 1 });
    finish("https://dl/slow");
    const result = await running;
    expect(result.ready.map((entry) => entry.item)).toEqual(["slow", "quick"]);
  });

  it("keeps what could not be unlocked apart, with why", async () => {
    const { sleep } = fakeSleep();
    const result = await unlockMany(
      ["a", "b"],
      (name) => (name === "a" ? refused(new AllDebridError("LINK_DOWN")) : ready("x")),
      {
        sleep,
      },
    );
    expect(result.failed.map((entry) => entry.item)).toEqual(["a"]);
    expect(result.ready.map((entry) => entry.item)).toEqual(["b"]);
  });
});
