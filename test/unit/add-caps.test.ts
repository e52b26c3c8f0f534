// An add that meets AllDebrid's caps (docs/caps.md): at 1000 magnets, with a cleanup rule on, the
// oldest finished make room and the add is sent again once (without one, the outcome offers to);
// at 30 downloading, it joins the account's line with its position; a cooldown stays a refusal,
// for the magnets store to try again later.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AllDebridError, itemError } from "../../protocol/alldebrid";

const callApi = vi.hoisted(() => vi.fn());
const appApi = vi.hoisted(() => vi.fn());

vi.mock("../../web/api/client", () => ({ callApi }));
vi.mock("../../web/api/app-api", () => ({ appApi }));
vi.mock("../../web/offline/outbox", () => ({ enqueue: vi.fn() }));
vi.mock("../../web/offline/db", () => ({
  loadSnapshot: async () => undefined,
  saveSnapshot: async () => undefined,
}));

const { addMagnets } = await import("../../web/alldebrid");

const link = (hex: string, name: string) => `magnet:?xt=urn:btih:${hex.repeat(40).slice(0, 40)}&dn=${name}`;
const A = link("a", "Alpha");
const B = link("b", "Beta");
const accepted = (magnet: string, id: number) => ({
  magnet,
  hash: magnet.slice(20, 60),
  name: "x",
  size: 1,
  ready: true,
  id,
});

/** The deployment's /api as the app sees it: cleanup rules, room made, the line. */
function deployment(rules: { keepFinished: number | null; finishedForDays: number | null }) {
  appApi.mockImplementation(async (path: string, call: { json?: { count?: number; magnets?: unknown[] } }) => {
    if (path === "/api/cleanup") return rules;
    if (path === "/api/cleanup/oldest")
      return { removed: Array.from({ length: call.json?.count ?? 0 }, (_, n) => n + 1) };
    if (path === "/api/line")
      return {
        magnets: [
          { id: 7, magnet: link("c", "Other"), name: "Other", since: 0, sending: false },
          ...(call.json?.magnets ?? []).map((m, n) => ({ id: 8 + n, ...(m as object), since: 0, sending: false })),
        ],
        free: 0,
      };
    if (path === "/api/magnets/added") return { kept: 1 };
    throw new Error(`unexpected ${path}`);
  });
}

const uploads = () => callApi.mock.calls.filter((call) => call[0] === "/v4.1/magnet/upload");
const deployCalls = (path: string) => appApi.mock.calls.filter((call) => call[0] === path);

beforeEach(() => {
  callApi.mockReset();
  appApi.mockReset();
});

describe("an add at 1000 magnets", () => {
  it("makes room and sends again once when a cleanup rule is on", async () => {
    deployment({ keepFinished: 500, finishedForDays: null });
    callApi
      .mockRejectedValueOnce(new AllDebridError("MAGNET_TOO_MANY"))
      .mockResolvedValueOnce({ magnets: [accepted(A, 21), accepted(B, 22)] });
    const added = await addMagnets([A, B]);
    expect(
      added.map((outcome) => outcome.ok && outcome.queued === false && [outcome.magnet.id, outcome.madeRoom]),
    ).toEqual([
      [21, 2],
      [22, 2],
    ]);
    expect(deployCalls("/api/cleanup/oldest").map((call) => call[1].json)).toEqual([{ count: 2 }]);
    expect(uploads()).toHaveLength(2);
  });

  it("offers to make room when no rule is on, and sends again only when asked, once", async () => {
    deployment({ keepFinished: null, finishedForDays: null });
    callApi.mockResolvedValueOnce({ magnets: [accepted(A, 21), { magnet: B, ...itemError("MAGNET_TOO_MANY") }] });
    const added = await addMagnets([A, B]);
    const refused = added[1]!;
    expect(refused.ok).toBe(false);
    expect(deployCalls("/api/cleanup/oldest")).toHaveLength(0);
    if (refused.ok || !refused.makeRoom) throw new Error("no offer to make room");
    // Still full after the room was made: the refusal stands, and nothing is sent a third time.
    callApi.mockResolvedValueOnce({ magnets: [{ magnet: B, ...itemError("MAGNET_TOO_MANY") }] });
    const again = await refused.makeRoom();
    expect(again).toMatchObject([{ input: B, ok: false }]);
    expect(again[0]).not.toHaveProperty("makeRoom");
    expect(uploads()).toHaveLength(2);
  });
});

describe("an add at 30 downloading", () => {
  it("joins the account's line, each magnet with its place", async () => {
    deployment({ keepFinished: null, finishedForDays: null });
    callApi.mockRejectedValueOnce(new AllDebridError("MAGNET_TOO_MANY_ACTIVE"));
    const added = await addMagnets([A, B]);
    expect(added).toEqual([
      { input: A, ok: true, queued: "line", position: 2, name: "Alpha" },
      { input: B, ok: true, queued: "line", position: 3, name: "Beta" },
    ]);
    expect(deployCalls("/api/line")[0]?.[1].json).toEqual({
      magnets: [
        { magnet: A, name: "Alpha" },
        { magnet: B, name: "Beta" },
      ],
    });
  });

  it("keeps the refusal when the line cannot take it, and a cooldown as a refusal for the store to try later", async () => {
    appApi.mockRejectedValue(new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 0));
    callApi.mockResolvedValueOnce({
      magnets: [
        { magnet: A, ...itemError("MAGNET_TOO_MANY_ACTIVE") },
        { magnet: B, ...itemError("MAGNET_PROCESSING_COOLDOWN") },
      ],
    });
    const added = await addMagnets([A, B]);
    expect(added.map((outcome) => !outcome.ok && (outcome.error as AllDebridError).code)).toEqual([
      "MAGNET_TOO_MANY_ACTIVE",
      "MAGNET_PROCESSING_COOLDOWN",
    ]);
  });
});
