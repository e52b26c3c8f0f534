import bencode from "bencode";
import { describe, expect, it } from "vitest";
import { call, hashStarting, newKey, type UploadItem, upload } from "./sandbox-magnets-client";

describe("uploading magnets", { timeout: 20_000 }, () => {
  it("takes a magnet URI, a bare hex hash and a base32 hash, with the documented fields in order", async () => {
    const key = newKey();
    const hex = hashStarting("a1");
    const uri = `magnet:?xt=urn:btih:${hex.toUpperCase()}&dn=ubuntu-18.04.2-live-server-amd64.iso&tr=udp://t.example`;
    const [byUri, byHash, byBase32] = await upload(key, [uri, hashStarting("b2"), "QQTYHYYAKSK5LULDP5JWJNMTIPDYIRYH"]);
    expect(Object.keys(byUri ?? {})).toEqual(["magnet", "hash", "name", "size", "ready", "id"]);
    expect(byUri).toMatchObject({ magnet: uri, hash: hex, name: "ubuntu-18.04.2-live-server-amd64.iso", ready: false });
    expect(byUri?.size).toBeGreaterThan(0);
    expect(byHash?.name).not.toBe("noname");
    expect(byBase32).toMatchObject({ hash: "842783e3005495d5d1637f5364b59343c7844707" });
    expect(new Set([byUri?.id, byHash?.id, byBase32?.id]).size).toBe(3);
  });

  it("gives the same name and size for the same hash in another account", async () => {
    const hash = hashStarting("c");
    const [first] = await upload(newKey(), [hash]);
    const [second] = await upload(newKey(), [hash]);
    expect({ name: second?.name, size: second?.size }).toEqual({ name: first?.name, size: first?.size });
  });

  it("marks a wrong hash as an item error and keeps the other items", async () => {
    const [bad, good, noBtih] = await upload(newKey(), [
      "6be434d1f4ebefa14c4051e4bb0543cf47a8",
      hashStarting("d"),
      "magnet:?dn=nothing",
    ]);
    expect(bad).toEqual({
      magnet: "6be434d1f4ebefa14c4051e4bb0543cf47a8",
      error: { code: "MAGNET_INVALID_URI", message: "Magnet is not valid" },
    });
    expect(good?.id).toBeGreaterThan(0);
    expect(noBtih?.error?.code).toBe("MAGNET_INVALID_URI");
  });

  it("answers MAGNET_NO_URI when no magnet is sent", async () => {
    const answer = await call("/v4.1/magnet/upload", newKey());
    expect(answer).toMatchObject({ status: "error", error: { code: "MAGNET_NO_URI" } });
  });

  it("accepts a single plain `magnets` value in the query string", async () => {
    const hash = hashStarting("a");
    const answer = await call<{ magnets: UploadItem[] }>(`/v4.1/magnet/upload?magnets=${hash}`, newKey());
    expect(answer.data.magnets).toHaveLength(1);
    expect(answer.data.magnets[0]?.hash).toBe(hash);
  });

  it("gives back the existing magnet when the same hash is uploaded twice", async () => {
    const key = newKey();
    const hash = hashStarting("a");
    const [first] = await upload(key, [hash]);
    const [again, sameCall] = await upload(key, [`magnet:?xt=urn:btih:${hash}`, hash]);
    expect(again?.id).toBe(first?.id);
    expect(sameCall?.id).toBe(first?.id);
    const list = await call<{ magnets: unknown[] }>("/v4.1/magnet/status", key);
    expect(list.data.magnets).toHaveLength(1);
  });

  it("takes the size from xl, and refuses a magnet over 1 TiB with MAGNET_TOO_LARGE", async () => {
    const [sized, huge] = await upload(newKey(), [
      `magnet:?xt=urn:btih:${hashStarting("a")}&xl=123456`,
      `magnet:?xt=urn:btih:${hashStarting("a")}&xl=${2 ** 40 + 1}`,
    ]);
    expect(sized?.size).toBe(123456);
    expect(huge?.error?.code).toBe("MAGNET_TOO_LARGE");
  });

  it("reports hashes starting with 0 as ready at once", async () => {
    const [instant, normal] = await upload(newKey(), [hashStarting("0"), hashStarting("a")]);
    expect(instant?.ready).toBe(true);
    expect(normal?.ready).toBe(false);
  });

  it("refuses free accounts with MAGNET_MUST_BE_PREMIUM", async () => {
    const magnets = await call("/v4.1/magnet/upload", "staticDemoApikeyFree", { magnets: [hashStarting("a")] });
    expect(magnets).toMatchObject({ status: "error", error: { code: "MAGNET_MUST_BE_PREMIUM" } });
    const file = new File([bencode.encode({ info: { name: "a", length: 1 } })], "a.torrent");
    const files = await call("/v4.1/magnet/upload/file", "staticDemoApikeyFree", {}, [file]);
    expect(files).toMatchObject({ status: "error", error: { code: "MAGNET_MUST_BE_PREMIUM" } });
  });

  it("lets a premium demo key upload without changing its static magnets", async () => {
    const answer = await call<{ magnets: UploadItem[] }>("/v4.1/magnet/upload", "staticDemoApikeyPrem", {
      magnets: [hashStarting("a")],
    });
    expect(answer.demo).toBeTruthy();
    expect(answer.data.magnets[0]?.id).toBeGreaterThan(0);
    const list = await call<{ magnets: Array<{ id: number }> }>("/v4.1/magnet/status", "staticDemoApikeyPrem");
    expect(list.data.magnets.map((magnet) => magnet.id)).toEqual([123456, 234567, 56789]);
  });
});

describe("account limits", { timeout: 20_000 }, () => {
  it("refuses the 31st active magnet, in the call that crosses the limit and in the next one", async () => {
    const key = newKey();
    // Hashes starting with "e" are slow: they stay processing for the whole test.
    const slow = Array.from({ length: 31 }, () => hashStarting("e"));
    const items = await upload(key, [...slow, hashStarting("0")]);
    expect(items.slice(0, 30).every((item) => item.id > 0)).toBe(true);
    expect(items[30]?.error?.code).toBe("MAGNET_TOO_MANY_ACTIVE");
    expect(items[31]?.ready).toBe(true);
    const next = await call("/v4.1/magnet/upload", key, { magnets: [hashStarting("a")] });
    expect(next).toMatchObject({
      status: "error",
      error: { code: "MAGNET_TOO_MANY_ACTIVE", message: "Already have maximum allowed active magnets (30)" },
    });
  });

  it("fills an account with 1000 ready magnets in one call, then answers MAGNET_TOO_MANY", async () => {
    const key = newKey();
    const items = await upload(
      key,
      Array.from({ length: 1001 }, () => hashStarting("0")),
    );
    expect(items.slice(0, 1000).every((item) => item.ready)).toBe(true);
    expect(items[1000]?.error?.code).toBe("MAGNET_TOO_MANY");
    const next = await call("/v4.1/magnet/upload", key, { magnets: [hashStarting("0")] });
    expect(next).toMatchObject({ status: "error", error: { code: "MAGNET_TOO_MANY" } });
  });
});
