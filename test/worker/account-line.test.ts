// The waiting line on the account object (docs/caps.md): an add refused at 30 active waits in
// the object, every device sees it with positions, one device takes it when a slot frees, a
// person can cancel it, and with no device open the account is told by push. Also the hashes of
// magnets added through the deployment, which every device gets in the feed.
import { runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { WaitingLine } from "../../protocol/line";
import type { LineMessage } from "../../protocol/live";
import type { LineCanMovePush } from "../../protocol/push";
import type { Account } from "../../worker/account";
import { Line } from "../../worker/account/line";
import { waitUntil } from "../wait-until";
import { appApi, appJson, insertProcessing } from "./caps-helpers";
import { accountOf, Device, hashStartingWith, newKey, ORIGIN } from "./live-helpers";
import { decrypt, newSubscription, received, subscribe } from "./push-helpers";

vi.setConfig({ testTimeout: 30_000 });

/** 30 magnets that stay processing for the whole test. */
const thirtyActive = (apikey: string) => insertProcessing(apikey, 30);

const magnetLink = () => `magnet:?xt=urn:btih:${hashStartingWith("a")}`;

/** A call as a device makes it: straight to the sandbox, or through the deployment (the edge). */
async function upstream(apikey: string, path: string, form: Array<[string, string]>, viaEdge = false) {
  const response = await exports.default.fetch(`${ORIGIN}${viaEdge ? "" : "/sandbox"}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${apikey}` },
    body: new URLSearchParams(form),
  });
  return response.json<{
    status: string;
    data?: { magnets?: Array<{ id: number; hash: string }> };
    error?: { code: string };
  }>();
}

const lastLine = (device: Device) =>
  device.messages.filter((message): message is LineMessage => message.type === "line").at(-1);

const names = (line: WaitingLine | undefined) => line?.magnets.map((magnet) => magnet.name);

describe("the waiting line at 30 active", () => {
  it("is shown to every device with positions, sent by one device when a slot frees, and cancelled by another", async () => {
    const apikey = newKey();
    const active = await thirtyActive(apikey);
    const [first, second] = [await Device.connect(apikey), await Device.connect(apikey)];
    await waitUntil(() => first.magnets.size === 30 && second.magnets.size === 30, "both snapshots");
    const [one, two] = [magnetLink(), magnetLink()];
    expect(await upstream(apikey, "/v4.1/magnet/upload", [["magnets[]", one]])).toMatchObject({
      error: { code: "MAGNET_TOO_MANY_ACTIVE" },
    });
    const joined = await appJson<WaitingLine>("/api/line", apikey, "POST", {
      magnets: [{ magnet: one, name: "First" }, { magnet: two }],
    });
    expect(joined.free).toBe(0);
    expect(names(joined)).toEqual(["First", two.slice(20)]);
    for (const device of [first, second])
      await waitUntil(() => names(lastLine(device))?.length === 2, "the line on every device");
    expect(await appJson("/api/line/take", apikey, "POST")).toEqual({ magnets: [] });

    // A slot frees (another client deletes a magnet through the deployment): every device sees it.
    await upstream(apikey, "/v4.1/magnet/delete", [["id", String(active[0])]], true);
    for (const device of [first, second]) await waitUntil(() => lastLine(device)?.free === 1, "a free slot");
    const taken = await appJson<{ magnets: WaitingLine["magnets"] }>("/api/line/take", apikey, "POST");
    expect(taken.magnets.map((magnet) => magnet.name)).toEqual(["First"]);
    expect(taken.magnets[0]?.sending).toBe(true);
    // The other device finds nothing left to take.
    expect(await appJson("/api/line/take", apikey, "POST")).toEqual({ magnets: [] });
    expect(await upstream(apikey, "/v4.1/magnet/upload", [["magnets[]", one]])).toMatchObject({ status: "success" });
    const after = await appJson<WaitingLine>("/api/line/done", apikey, "POST", {
      sent: [taken.magnets[0]?.id],
      waiting: [],
    });
    expect(names(after)).toEqual([two.slice(20)]);
    for (const device of [first, second])
      await waitUntil(() => names(lastLine(device))?.length === 1, "the sent magnet gone from the line");
    await waitUntil(() => first.magnets.size === 30, "the sent magnet on the device");

    const cancelled = await appJson<WaitingLine>(`/api/line/${after.magnets[0]?.id}`, apikey, "DELETE");
    expect(cancelled.magnets).toEqual([]);
    for (const device of [first, second])
      await waitUntil(() => lastLine(device)?.magnets.length === 0, "the empty line on every device");
    // Cancelling what is no longer there changes nothing.
    expect((await appJson<WaitingLine>(`/api/line/${after.magnets[0]?.id}`, apikey, "DELETE")).magnets).toEqual([]);
    for (const device of [first, second]) device.close();
  });

  it("shows the line to a device that connects, keeps one place per magnet, and refuses more than 100", async () => {
    const apikey = newKey();
    await thirtyActive(apikey);
    const link = magnetLink();
    await appJson("/api/line", apikey, "POST", { magnets: [{ magnet: link }, { magnet: link.toUpperCase() }] });
    const again = await appJson<WaitingLine>("/api/line", apikey, "POST", { magnets: [{ magnet: link }] });
    expect(again.magnets).toHaveLength(1);
    const device = await Device.connect(apikey);
    await waitUntil(() => lastLine(device)?.magnets.length === 1, "the line on connect");
    const many = Array.from({ length: 100 }, () => ({ magnet: magnetLink() }));
    const full = await appApi("/api/line", apikey, "POST", { magnets: many });
    expect(full.status).toBe(400);
    expect(await full.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
    expect((await appJson<WaitingLine>("/api/line", apikey)).magnets).toHaveLength(1);
    device.close();
  });

  it("answers bad input with HTTP 400 and the envelope", async () => {
    const apikey = newKey();
    for (const [path, method, body] of [
      ["/api/line", "POST", { magnets: [{ magnet: "https://example.com/not-a-magnet" }] }],
      ["/api/line", "POST", { magnets: [] }],
      ["/api/line", "POST", { magnets: [{ magnet: magnetLink(), priority: 1 }] }],
      ["/api/line", "POST", { magnets: [{ magnet: magnetLink(), name: "x".repeat(301) }] }],
      ["/api/line/done", "POST", { sent: ["1"], waiting: [] }],
      ["/api/line/done", "POST", { sent: [] }],
      ["/api/line/abc", "DELETE", undefined],
      ["/api/magnets/added", "POST", { magnets: [{ id: 1, hash: "nothex" }] }],
    ] as const) {
      const response = await appApi(path, apikey, method, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(await response.json()).toMatchObject({ status: "error", error: { code: "BAD_REQUEST" } });
    }
  });

  it("gives taken magnets back to the line when their device never says how the send went", async () => {
    const stub = env.ACCOUNT.get(env.ACCOUNT.newUniqueId());
    await runInDurableObject(stub, (_instance: Account, state) => {
      const line = new Line(state.storage.sql);
      const now = 1_000_000;
      line.join([{ magnet: magnetLink(), name: "waits" }], now);
      expect(line.take(29, now).map((magnet) => magnet.name)).toEqual(["waits"]);
      expect(line.state(29, now + 1000)).toMatchObject({ free: 0, magnets: [{ sending: true }] });
      expect(line.take(29, now + 1000)).toEqual([]);
      const later = now + 61_000;
      expect(line.state(29, later)).toMatchObject({ free: 1, magnets: [{ sending: false }] });
      expect(line.take(29, later)).toHaveLength(1);
    });
  });

  it("tells the account once by push when a slot frees and no device is open to send", async () => {
    const apikey = newKey();
    const active = await thirtyActive(apikey);
    const phone = await newSubscription();
    await subscribe(apikey, phone);
    await appJson("/api/line", apikey, "POST", { magnets: [{ magnet: magnetLink() }, { magnet: magnetLink() }] });
    await upstream(apikey, "/v4.1/magnet/delete", [["id", String(active[0])]], true);
    const pushes = await waitUntil(async () => {
      const requests = await received(phone.body.endpoint);
      return requests.length > 0 ? requests : null;
    }, "the push");
    const payload = await decrypt<LineCanMovePush>(pushes[0]!, phone);
    expect(payload).toMatchObject({ kind: "line-can-move", waiting: 2 });
    // Another slot frees: the line could already move, so no second push.
    await upstream(apikey, "/v4.1/magnet/delete", [["id", String(active[1])]], true);
    const stub = await accountOf(apikey);
    await waitUntil(async () => {
      const line = await runInDurableObject(stub, (instance: Account) => instance.waitingLine());
      return line.free === 2;
    }, "the second slot seen");
    expect(await received(phone.body.endpoint)).toHaveLength(1);
  });
});

describe("the hashes of magnets added through the deployment", () => {
  it("reach every device in the feed, whether the upload went through the edge or a device said so", async () => {
    const apikey = newKey();
    const device = await Device.connect(apikey);
    await waitUntil(() => device.version > 0, "the snapshot");
    const viaEdge = hashStartingWith("0");
    const edge = await upstream(apikey, "/v4.1/magnet/upload", [["magnets[]", viaEdge]], true);
    const edgeId = edge.data?.magnets?.[0]?.id ?? 0;
    await waitUntil(() => device.magnets.get(edgeId)?.hash === viaEdge, "the edge upload's hash");

    const direct = hashStartingWith("0");
    const sent = await upstream(apikey, "/v4.1/magnet/upload", [["magnets[]", direct]]);
    const directId = sent.data?.magnets?.[0]?.id ?? 0;
    await waitUntil(() => device.magnets.has(directId), "the direct upload on the device");
    expect(device.magnets.get(directId)?.hash).toBeUndefined();
    const said = await appJson("/api/magnets/added", apikey, "POST", { magnets: [{ id: directId, hash: direct }] });
    expect(said).toEqual({ kept: 1 });
    await waitUntil(() => device.magnets.get(directId)?.hash === direct, "the device-told hash");
    // A device that connects later gets them in its snapshot.
    const late = await Device.connect(apikey);
    await waitUntil(() => late.magnets.get(directId)?.hash === direct, "the hash in a snapshot");
    for (const d of [device, late]) d.close();
  });
});
