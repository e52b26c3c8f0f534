// One sandbox account never reaches another's data: magnets (files, delete, restart, live
// sessions), saved links, history, notifications and reseller stock all answer as if the
// other account's things did not exist, and the owner's stay as they were.
import { describe, expect, it, vi } from "vitest";
import { call, newKey } from "./sandbox-client";
import { hashStarting, upload } from "./sandbox-magnets-client";

vi.setConfig({ testTimeout: 30_000 });

const INVALID_ID = "MAGNET_INVALID_ID";

describe("another account's magnet", () => {
  it("has no files, cannot be deleted or restarted, and stays with its owner", async () => {
    const owner = newKey();
    const stranger = newKey();
    const [ready] = await upload(owner, [hashStarting("0")]);
    const [failing] = await upload(owner, [hashStarting("f")]);
    const readyId = ready?.id ?? 0;
    const failingId = failing?.id ?? 0;

    const files = await call<{ magnets: Array<{ id: string; error?: { code: string } }> }>(
      "/v4.1/magnet/files",
      stranger,
      { id: [readyId] },
    );
    expect(files.data.magnets).toEqual([{ id: String(readyId), error: expect.objectContaining({ code: INVALID_ID }) }]);
    expect((await call("/v4.1/magnet/delete", stranger, { id: readyId })).error.code).toBe(INVALID_ID);
    expect((await call("/v4.1/magnet/restart", stranger, { id: failingId })).error.code).toBe(INVALID_ID);
    const several = await call<{ magnets: Array<{ error?: { code: string } }> }>("/v4.1/magnet/restart", stranger, {
      ids: [failingId],
    });
    expect(several.data.magnets[0]?.error?.code).toBe(INVALID_ID);

    const mine = await call<{ magnets: Array<{ id: number }> }>("/v4.1/magnet/status", owner);
    expect(mine.data.magnets.map((magnet) => magnet.id).sort()).toEqual([readyId, failingId].sort());
    const theirs = await call<{ magnets: unknown[] }>("/v4.1/magnet/status", stranger);
    expect(theirs.data.magnets).toEqual([]);
  });

  it("never shows up in the live mode of another account using the same session id", async () => {
    const owner = newKey();
    const stranger = newKey();
    await upload(owner, [hashStarting("0")]);
    const session = { session: 4242, counter: 0 };
    const live = await call<{ magnets: unknown[]; fullsync?: boolean }>("/v4.1/magnet/status", stranger, session);
    expect(live.data).toMatchObject({ fullsync: true, magnets: [] });
  });
});

describe("another account's links", () => {
  it("keeps saved links, history and notifications apart", async () => {
    const owner = newKey();
    const stranger = newKey();
    const link = "https://example.com/size-10/mine.zip";
    await call("/v4.1/user/links/save", owner, { links: [link] });
    await call("/v4.1/link/unlock", owner, { link });

    expect((await call<{ links: unknown[] }>("/v4.1/user/links", stranger)).data.links).toEqual([]);
    expect((await call<{ links: unknown[] }>("/v4.1/user/history", stranger)).data.links).toEqual([]);
    expect((await call("/v4.1/user/links/delete", stranger, { links: [link] })).error.code).toBe("USER_LINK_INVALID");
    await call("/v4.1/user/history/delete", stranger);
    await call("/v4.1/user/notification/clear", stranger, { code: "SANDBOX_WELCOME" });

    const saved = await call<{ links: Array<{ link: string }> }>("/v4.1/user/links", owner);
    expect(saved.data.links.map((entry) => entry.link)).toEqual([link]);
    const history = await call<{ links: Array<{ link: string }> }>("/v4.1/user/history", owner);
    expect(history.data.links.map((entry) => entry.link)).toEqual([link]);
    const user = await call<{ user: { notifications: string[] } }>("/v4.1/user", owner);
    expect(user.data.user.notifications).toEqual(["SANDBOX_WELCOME"]);
  });
});

describe("another reseller's stock", () => {
  it("is untouched by one reseller emptying theirs", async () => {
    const first = newKey("sandboxreseller");
    const second = newKey("sandboxreseller");
    const take = (key: string) => call<{ codes: string[] }>("/v4.1/voucher/get", key, { duration: 30, nb: 3 });
    expect((await take(first)).data.codes).toHaveLength(3);
    expect((await take(first)).error.code).toBe("NO_MORE_VOUCHER");
    expect((await take(second)).data.codes).toHaveLength(3);
  });
});
