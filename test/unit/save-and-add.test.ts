// Saving links and adding magnets, the workflows every screen shares: a batch of links AllDebrid
// partly refuses is saved anyway, each refused link with why; offline, each link waits on its
// own. An add says which magnets the account already had (as the list stood before it, or as this
// device uploaded them), and a magnet given twice once.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AllDebridError } from "../../protocol/alldebrid";

const device = vi.hoisted(() => ({ online: true }));
const callApi = vi.hoisted(() => vi.fn());
const enqueue = vi.hoisted(() => vi.fn(async (_path: string, _params: unknown) => 9));

vi.mock("../../web/api/client", () => ({ callApi }));
vi.mock("../../web/offline/outbox", () => ({ enqueue }));
vi.mock("../../web/offline/db", () => ({
  loadSnapshot: async () => undefined,
  saveSnapshot: async () => undefined,
}));
vi.mock("../../web/offline/online", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../web/offline/online")>()),
  online: () => device.online,
}));

const { addMagnets, saveLink, saveLinks } = await import("../../web/alldebrid");

const GOOD = "https://example.com/good.zip";
const OTHER = "https://example.com/other.zip";
const BAD = "https://unknown-site.example.org/a";

beforeEach(() => {
  device.online = true;
  callApi.mockReset();
  enqueue.mockClear();
});

describe("saving links", () => {
  it("saves the good links of a batch AllDebrid refuses, and says why each other one was refused", async () => {
    callApi.mockImplementation(async (path: string, params: Record<string, string[]>) => {
      if (path === "/v4.1/link/infos") {
        return {
          infos: [
            { link: GOOD },
            { link: BAD, error: { code: "LINK_HOST_NOT_SUPPORTED", message: "" } },
            { link: OTHER },
          ],
        };
      }
      if (params["links[]"]?.includes(BAD)) throw new AllDebridError("USER_LINK_INVALID");
      return { message: "ok" };
    });
    const outcome = await saveLinks([GOOD, BAD, OTHER]);
    expect(outcome).toMatchObject({ queued: false, saved: [GOOD, OTHER] });
    expect(!outcome.queued && outcome.refused.map((r) => [r.link, (r.error as AllDebridError).code])).toEqual([
      [BAD, "LINK_HOST_NOT_SUPPORTED"],
    ]);
    expect(callApi).toHaveBeenLastCalledWith("/v4.1/user/links/save", { "links[]": [GOOD, OTHER] });
  });

  it("saves them one at a time when /link/infos finds nothing wrong, keeping AllDebrid's word for the refused", async () => {
    callApi.mockImplementation(async (path: string, params: Record<string, string[]>) => {
      if (path === "/v4.1/link/infos") return { infos: [{ link: GOOD }, { link: BAD }] };
      if (params["links[]"]?.includes(BAD)) throw new AllDebridError("USER_LINK_INVALID");
      return { message: "ok" };
    });
    const outcome = await saveLinks([GOOD, BAD]);
    expect(outcome).toMatchObject({ queued: false, saved: [GOOD] });
    expect(!outcome.queued && outcome.refused.map((r) => r.link)).toEqual([BAD]);
  });

  it("throws the refusal of a single link, and queues one link an entry while offline", async () => {
    callApi.mockImplementation(async (path: string) => {
      if (path === "/v4.1/link/infos") return { infos: [{ link: BAD, error: { code: "LINK_DOWN", message: "" } }] };
      throw new AllDebridError("USER_LINK_INVALID");
    });
    await expect(saveLink(BAD)).rejects.toMatchObject({ code: "LINK_DOWN" });
    device.online = false;
    await expect(saveLinks([GOOD, OTHER])).resolves.toEqual({ queued: true, entry: 9 });
    expect(enqueue.mock.calls.map((call) => call[1])).toEqual([{ "links[]": [GOOD] }, { "links[]": [OTHER] }]);
  });
});

describe("adding magnets", () => {
  const uploaded = (id: number, magnet: string) => ({
    magnet,
    hash: "a".repeat(40),
    name: `m${id}`,
    size: 1,
    ready: false,
    id,
  });

  it("says which magnets the account already had", async () => {
    callApi.mockResolvedValue({ magnets: [uploaded(1, "x"), uploaded(2, "y")] });
    const added = await addMagnets(["x", "y"], { shownIds: () => [2] });
    expect(added.map((outcome) => outcome.ok && !outcome.queued && outcome.already)).toEqual([false, true]);
  });

  it("goes by the list as it was before the upload: the live feed may bring the new magnet first", async () => {
    const shown = [20];
    callApi.mockImplementation(async () => {
      shown.push(21);
      return { magnets: [uploaded(21, "z")] };
    });
    const [outcome] = await addMagnets(["z"], { shownIds: () => shown });
    expect(outcome?.ok && !outcome.queued && outcome.already).toBe(false);
  });

  it("knows a magnet this device uploaded, even before the list shows it", async () => {
    callApi.mockResolvedValue({ magnets: [uploaded(30, "w")] });
    await addMagnets(["w"], { shownIds: () => [] });
    const [again] = await addMagnets(["w"], { shownIds: () => [] });
    expect(again?.ok && !again.queued && again.already).toBe(true);
  });

  it("says a magnet given twice (its link and its hash) once", async () => {
    callApi.mockResolvedValue({ magnets: [uploaded(5, "magnet:?xt=urn:btih:aaa"), uploaded(5, "aaa")] });
    const added = await addMagnets(["magnet:?xt=urn:btih:aaa", "aaa"], { shownIds: () => [] });
    expect(added).toHaveLength(1);
  });

  it("says every magnet of an add queued offline waits, with its outbox entry", async () => {
    device.online = false;
    const added = await addMagnets(["x", "y"], { shownIds: () => [] });
    expect(added).toEqual([
      { input: "x", ok: true, queued: true, entry: 9 },
      { input: "y", ok: true, queued: true, entry: 9 },
    ]);
  });
});
