import { describe, expect, it } from "vitest";
import { type FinishedMagnet, magnetsDonePayload } from "../../protocol/push";

/** What one push may carry: 20 magnets, names of 120 characters, 3000 bytes of JSON before encryption. */
const MAX_PUSH_MAGNETS = 20;
const MAX_PUSH_NAME_LENGTH = 120;
const MAX_PUSH_PAYLOAD_BYTES = 3000;

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe("the push payload", () => {
  it("lists a few settled magnets whole, with their counts", () => {
    const settled: FinishedMagnet[] = [
      { id: 1, name: "ubuntu.iso", statusCode: 4 },
      { id: 2, name: "debian.iso", statusCode: 4 },
      { id: 3, name: "arch.iso", statusCode: 15 },
    ];
    expect(magnetsDonePayload("m7", 1_760_000_000, settled)).toEqual({
      kind: "magnets-done",
      event: "m7",
      at: 1_760_000_000,
      magnets: settled,
      ready: 2,
      failed: 1,
    });
  });

  it("stays within what a push can carry however many magnets settle and however long their names", () => {
    const long = "🎬".repeat(500);
    const settled = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, name: long, statusCode: i % 3 ? 4 : 7 }));
    const payload = magnetsDonePayload("m8", 1, settled);
    expect(bytes(payload)).toBeLessThanOrEqual(MAX_PUSH_PAYLOAD_BYTES);
    expect(payload.magnets.length).toBeGreaterThan(0);
    expect(payload.magnets.length).toBeLessThanOrEqual(MAX_PUSH_MAGNETS);
    expect([...(payload.magnets[0]?.name ?? "")]).toHaveLength(MAX_PUSH_NAME_LENGTH);
    expect(payload.magnets[0]?.name.endsWith("…")).toBe(true);
    expect(payload.ready + payload.failed).toBe(200);
    expect(payload.magnets.map((m) => m.id)).toEqual(settled.slice(0, payload.magnets.length).map((m) => m.id));
  });
});
