import { describe, expect, it, vi } from "vitest";
import { call, newKey } from "./sandbox-client";

vi.setConfig({ testTimeout: 30_000 });

interface Saved {
  link: string;
  filename: string;
  size: number;
  date: number;
  host: string;
}

describe("saved links", () => {
  it("saves links[] with their file details, lists them, and deletes them", async () => {
    const key = newKey();
    const links = ["https://example.com/size-10/one.zip", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"];
    expect((await call("/v4.1/user/links/save", key, { links })).data).toEqual({
      message: "Link was successfully saved",
    });
    const listed = await call<{ links: Saved[] }>("/v4.1/user/links", key, {}, { method: "GET" });
    expect(listed.data.links).toHaveLength(2);
    expect(listed.data.links[0]).toMatchObject({ link: links[0], filename: "one.zip", size: 10, host: "example" });
    expect(listed.data.links[1]).toMatchObject({ link: links[1], filename: "", size: 0, host: "stream" });
    expect(listed.data.links[0]?.date).toBeGreaterThan(1_700_000_000);
    const deleted = await call("/v4.1/user/links/delete", key, { links: links[0] ?? "" });
    expect(deleted.data).toEqual({ message: "Link was successfully deleted" });
    const after = await call<{ links: Saved[] }>("/v4.1/user/links", key);
    expect(after.data.links.map((saved) => saved.link)).toEqual([links[1]]);
  });

  it("answers USER_LINK_MISSING without links and USER_LINK_INVALID for links it cannot save", async () => {
    const key = newKey();
    expect((await call("/v4.1/user/links/save", key)).error).toEqual({
      code: "USER_LINK_MISSING",
      message: "No link provided",
    });
    expect((await call("/v4.1/user/links/save", key, { links: ["not a link"] })).error).toEqual({
      code: "USER_LINK_INVALID",
      message: "Can't save those links",
    });
    expect((await call("/v4.1/user/links/delete", key)).error.code).toBe("USER_LINK_MISSING");
    expect(
      (await call("/v4.1/user/links/delete", key, { links: ["https://example.com/never-saved"] })).error.code,
    ).toBe("USER_LINK_INVALID");
  });
});

describe("history", () => {
  it("lists unlocked links newest first, and purges them", async () => {
    const key = newKey();
    await call("/v4.1/link/unlock", key, { link: "https://example.com/first.zip" });
    await call("/v4.1/link/unlock", key, { link: "https://example.com/second.zip" });
    const listed = await call<{ links: Saved[] }>("/v4.1/user/history", key);
    expect(listed.data.links.map((saved) => saved.filename)).toEqual(["second.zip", "first.zip"]);
    expect((await call("/v4.1/user/history/delete", key)).data).toEqual({ message: "Links were successfully deleted" });
    expect((await call<{ links: Saved[] }>("/v4.1/user/history", key)).data.links).toEqual([]);
  });
});

describe("reseller vouchers", () => {
  it("answers ACCOUNT_INVALID for an account that is not a reseller", async () => {
    const answer = await call("/v4.1/voucher/balance", newKey());
    expect(answer.error).toEqual({
      code: "ACCOUNT_INVALID",
      message: "This account doens't have access to this endpoint",
    });
  });

  it("gives the balance, vouchers from stock with partialList when short, then NO_MORE_VOUCHER", async () => {
    const key = newKey("sandboxreseller");
    expect((await call("/v4.1/voucher/balance", key, {}, { method: "GET" })).data).toEqual({ balance: 51.6 });
    const full = await call<{ codes: string[] }>("/v4.1/voucher/get", key, { duration: 15, nb: 5 });
    expect(full.data.codes).toHaveLength(5);
    expect(full.data).not.toHaveProperty("partialList");
    for (const code of full.data.codes) expect(code).toMatch(/^[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{6}$/);
    const partial = await call<{ codes: string[]; partialList: boolean }>("/v4.1/voucher/get", key, {
      duration: 30,
      nb: 5,
    });
    expect(partial.data.codes).toHaveLength(3);
    expect(partial.data.partialList).toBe(true);
    expect((await call("/v4.1/voucher/get", key, { duration: 30, nb: 1 })).error.code).toBe("NO_MORE_VOUCHER");
  });

  it("generates vouchers with pricePerVoucher, total and balance, then INSUFFICIENT_BALANCE", async () => {
    const key = newKey("sandboxreseller");
    const generated = await call("/v4.1/voucher/generate", key, { duration: 30, nb: 10 });
    expect(generated.data).toMatchObject({ pricePerVoucher: 3.2, total: 32, balance: 19.6 });
    expect((generated.data.codes as string[]).length).toBe(10);
    expect((await call("/v4.1/voucher/generate", key, { duration: 30, nb: 10 })).error.code).toBe(
      "INSUFFICIENT_BALANCE",
    );
    expect((await call("/v4.1/voucher/balance", key)).data).toEqual({ balance: 19.6 });
  });

  it("answers VOUCHER_DURATION_INVALID and VOUCHER_NB_INVALID", async () => {
    const key = newKey("sandboxreseller");
    for (const path of ["/v4.1/voucher/get", "/v4.1/voucher/generate"]) {
      expect((await call(path, key, { duration: 31, nb: 1 })).error.code).toBe("VOUCHER_DURATION_INVALID");
      expect((await call(path, key, { duration: 30, nb: 11 })).error.code).toBe("VOUCHER_NB_INVALID");
      expect((await call(path, key, { duration: 30, nb: 0 })).error.code).toBe("VOUCHER_NB_INVALID");
    }
  });
});
