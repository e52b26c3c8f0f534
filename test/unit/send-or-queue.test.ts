// sendOrQueue decides one way for every screen: offline (offline/online.ts) or unreachable, the
// call waits in the outbox; online, it is sent and its answer returned; a refusal is thrown.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AllDebridError } from "../../protocol/alldebrid";

const device = vi.hoisted(() => ({ online: true }));
const callApi = vi.hoisted(() => vi.fn());
const enqueue = vi.hoisted(() => vi.fn(async () => 1));

vi.mock("../../web/api/client", () => ({ callApi }));
vi.mock("../../web/offline/outbox", () => ({ enqueue }));
vi.mock("../../web/offline/online", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../web/offline/online")>()),
  online: () => device.online,
}));

const { sendOrQueue } = await import("../../web/alldebrid/send-or-queue");

describe("sending a write now or keeping it in the outbox", () => {
  beforeEach(() => {
    device.online = true;
    callApi.mockReset();
    enqueue.mockClear();
  });

  it("keeps the call in the outbox without trying the network while the device is offline", async () => {
    device.online = false;
    const sent = await sendOrQueue("/v4.1/user/links/save", { "links[]": ["https://example.com/a"] });
    expect(sent).toEqual({ queued: true, entry: 1 });
    expect(callApi).not.toHaveBeenCalled();
    expect(enqueue).toHaveBeenCalledWith("/v4.1/user/links/save", { "links[]": ["https://example.com/a"] }, undefined);
  });

  it("sends the call when online and returns its answer", async () => {
    callApi.mockResolvedValue({ message: "ok" });
    const sent = await sendOrQueue("/v4.1/magnet/delete", { id: 7 });
    expect(sent).toEqual({ queued: false, data: { message: "ok" } });
    expect(callApi).toHaveBeenCalledWith("/v4.1/magnet/delete", { id: 7 }, undefined);
    expect(enqueue).not.toHaveBeenCalled();
  });

  it("keeps the call, with its files, when the request could not reach any server", async () => {
    callApi.mockRejectedValue(new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 0));
    const files = [{ name: "a.torrent", data: new Blob(["d4:info"]) }];
    const sent = await sendOrQueue("/v4.1/magnet/upload/file", {}, files);
    expect(sent).toEqual({ queued: true, entry: 1 });
    expect(callApi).toHaveBeenCalledWith("/v4.1/magnet/upload/file", {}, { files });
    expect(enqueue).toHaveBeenCalledWith("/v4.1/magnet/upload/file", {}, files);
  });

  it("throws a refusal, and an unavailable upstream that did answer, instead of queueing them", async () => {
    callApi.mockRejectedValueOnce(new AllDebridError("MAGNET_INVALID_ID"));
    await expect(sendOrQueue("/v4.1/magnet/delete", { id: 7 })).rejects.toMatchObject({ code: "MAGNET_INVALID_ID" });
    callApi.mockRejectedValueOnce(new AllDebridError("UPSTREAM_UNAVAILABLE", undefined, 502));
    await expect(sendOrQueue("/v4.1/magnet/delete", { id: 7 })).rejects.toMatchObject({ status: 502 });
    expect(enqueue).not.toHaveBeenCalled();
  });
});
