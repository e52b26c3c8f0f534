// Adds AllDebrid asked to try later (MAGNET_PROCESSING_COOLDOWN): shown with when they are tried
// again, sent again after 15 s, then a minute, then five, gone once added, and said why when it
// gives up.
import { createRoot } from "solid-js";
import { createStore } from "solid-js/store";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AllDebridError } from "../../protocol/alldebrid";
import type { Added } from "../../web/alldebrid";
import { laterAdds } from "../../web/magnets/later-adds";
import { initialMagnetsState, type MagnetsState } from "../../web/magnets/state";

/** An add AllDebrid asks to try later is tried again after 15 s, 1 min, then 5 min. */
const LATER_MS = [15_000, 60_000, 300_000] as const;

const cooling = (input: string): Added => ({
  input,
  ok: false,
  error: new AllDebridError("MAGNET_PROCESSING_COOLDOWN"),
});
const added = (input: string): Added => ({
  input,
  ok: true,
  queued: false,
  magnet: { id: 1, name: input, size: 1, ready: true, hash: "" },
  already: false,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function store() {
  return createRoot(() => {
    const [state, setState] = createStore<MagnetsState>(initialMagnetsState());
    return { state, later: laterAdds({ state, setState }) };
  });
}

describe("adds tried again later", () => {
  it("are shown with when, sent again at 15 s then a minute, and leave once added", async () => {
    const { state, later } = store();
    const resend = vi.fn(async (input: string) => [cooling(input)]);
    later.keep([cooling("m1"), added("m2")], resend, (input) => `name of ${input}`);
    expect(state.later).toEqual([{ key: "later:m1", name: "name of m1", at: Date.now() + LATER_MS[0] }]);
    await vi.advanceTimersByTimeAsync(LATER_MS[0]);
    expect(resend).toHaveBeenCalledTimes(1);
    expect(state.later[0]?.at).toBe(Date.now() + LATER_MS[1]);
    resend.mockResolvedValueOnce([added("m1")]);
    await vi.advanceTimersByTimeAsync(LATER_MS[1]);
    expect(resend).toHaveBeenCalledTimes(2);
    expect(state.later).toEqual([]);
  });

  it("give up after three tries, or at another refusal, and say why", async () => {
    const { state, later } = store();
    later.keep(
      [cooling("m1")],
      async (input) => [cooling(input)],
      (input) => input,
    );
    for (const delay of LATER_MS) await vi.advanceTimersByTimeAsync(delay);
    expect(state.later).toEqual([{ key: "later:m1", name: "m1", at: null, error: "MAGNET_PROCESSING_COOLDOWN" }]);
    later.keep(
      [cooling("m2")],
      async (input) => [{ input, ok: false, error: new AllDebridError("MAGNET_INVALID_URI") }],
      (i) => i,
    );
    await vi.advanceTimersByTimeAsync(LATER_MS[0]);
    expect(state.later[1]).toMatchObject({ name: "m2", at: null, error: "MAGNET_INVALID_URI" });
    later.cancelLater("later:m1");
    expect(state.later.map((add) => add.name)).toEqual(["m2"]);
  });
});
