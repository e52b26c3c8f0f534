import { describe, expect, it } from "vitest";
import { call, hashStarting, newKey, pollUntil, statusOf, upload } from "./sandbox-magnets-client";

interface FileNode {
  n: string;
  s?: number;
  l?: string;
  e?: FileNode[];
}

type FilesItem = { id: string; files: FileNode[] } | { id: string; error: { code: string; message: string } };

async function files(key: string, ids: Array<number | string>): Promise<FilesItem[]> {
  const answer = await call<{ magnets: FilesItem[] }>("/v4.1/magnet/files", key, { id: ids });
  return answer.data.magnets;
}

function leaves(nodes: FileNode[]): FileNode[] {
  return nodes.flatMap((node) => (node.e ? leaves(node.e) : [node]));
}

describe("magnet files", { timeout: 20_000 }, () => {
  it("gives a nested n/s/l/e tree whose sizes add up to the magnet's size", async () => {
    const key = newKey();
    // "0": ready at once; third character 8-f: a layout with folders.
    const [item] = await upload(key, [hashStarting("0a9")]);
    const [answer] = await files(key, [item?.id ?? 0]);
    if (!answer || !("files" in answer)) throw new Error(JSON.stringify(answer));
    expect(answer.id).toBe(String(item?.id));
    const subs = answer.files.find((node) => node.n === "Subs");
    expect(subs?.e?.find((node) => node.n === "Extras")?.e?.[0]).toMatchObject({ n: "Commentary.en.srt" });
    expect(subs).not.toHaveProperty("s");
    const all = leaves(answer.files);
    expect(all.reduce((sum, leaf) => sum + (leaf.s ?? 0), 0)).toBe(item?.size);
    for (const leaf of all) expect(leaf.l).toMatch(/^https:\/\/alldebrid\.com\/f\/[\w-]+$/);
    expect(new Set(all.map((leaf) => leaf.l)).size).toBe(all.length);
  });

  it("gives a magnet named like a season pack its ten episodes, a sample and an .nfo", async () => {
    const key = newKey();
    const name = "The.Expanse.S02.1080p.WEB-DL";
    const [item] = await upload(key, [`magnet:?xt=urn:btih:${hashStarting("013")}&dn=${name}&xl=5000000000`]);
    const [answer] = await files(key, [item?.id ?? 0]);
    if (!answer || !("files" in answer)) throw new Error(JSON.stringify(answer));
    const episodes = answer.files.filter((node) => node.n.endsWith(".mkv"));
    expect(episodes.map((node) => node.n)).toEqual(
      Array.from({ length: 10 }, (_, i) => `The.Expanse.S02E${String(i + 1).padStart(2, "0")}.1080p.WEB-DL.mkv`),
    );
    // Unequal sizes: the biggest is not the first episode.
    expect(new Set(episodes.map((node) => node.s)).size).toBeGreaterThan(1);
    expect(answer.files.find((node) => node.n === "Sample")?.e?.[0]?.n).toBe(
      "The.Expanse.S02E01.1080p.WEB-DL.sample.mkv",
    );
    expect(answer.files.map((node) => node.n)).toContain(`${name}.nfo`);
    expect(leaves(answer.files).reduce((sum, leaf) => sum + (leaf.s ?? 0), 0)).toBe(5_000_000_000);
  });

  it("answers per item: files, MAGNET_PROCESSING while processing, MAGNET_INVALID_ID for unknown ids", async () => {
    const key = newKey();
    const [ready, slow] = await upload(key, [hashStarting("010"), hashStarting("e")]);
    const answer = await files(key, [ready?.id ?? 0, slow?.id ?? 0, 999999999]);
    expect(answer[0]).toMatchObject({ id: String(ready?.id), files: [{ n: ready?.name, s: ready?.size }] });
    expect(answer[1]).toMatchObject({ id: String(slow?.id), error: { code: "MAGNET_PROCESSING" } });
    expect(answer[2]).toEqual({
      id: "999999999",
      error: { code: "MAGNET_INVALID_ID", message: "This magnet ID does not exists or is invalid" },
    });
  });

  it("answers MAGNET_INVALID_ID when no id is sent", async () => {
    const answer = await call("/v4.1/magnet/files", newKey());
    expect(answer.error.code).toBe("MAGNET_INVALID_ID");
  });
});

describe("deleting a magnet", { timeout: 20_000 }, () => {
  it("removes it, then answers MAGNET_INVALID_ID for it", async () => {
    const key = newKey();
    const [item] = await upload(key, [hashStarting("a")]);
    const deleted = await call("/v4.1/magnet/delete", key, { id: item?.id ?? 0 });
    expect(deleted.data).toEqual({ message: "Magnet was successfully deleted" });
    expect((await call("/v4.1/magnet/status", key, { id: item?.id ?? 0 })).error.code).toBe("MAGNET_INVALID_ID");
    expect((await call("/v4.1/magnet/delete", key, { id: item?.id ?? 0 })).error.code).toBe("MAGNET_INVALID_ID");
  });
});

describe("restarting magnets", { timeout: 20_000 }, () => {
  it("restarts a failed magnet from In Queue, and it then gets to Ready", async () => {
    const key = newKey();
    const [item] = await upload(key, [hashStarting("f2")]);
    const id = item?.id ?? 0;
    await pollUntil(
      () => statusOf(key, id),
      (magnet) => magnet.statusCode === 7,
    );
    const restartedAt = Math.floor(Date.now() / 1000);
    const restarted = await call("/v4.1/magnet/restart", key, { id });
    expect(restarted.data).toEqual({ message: "Magnet was successfully restarted" });
    // A new attempt: it never shows the old failure again, and completes after the restart.
    const ready = await pollUntil(
      () => statusOf(key, id),
      (magnet) => magnet.statusCode >= 4,
    );
    expect(ready.statusCode).toBe(4);
    expect(ready.completionDate).toBeGreaterThanOrEqual(restartedAt);
  });

  it("answers MAGNET_PROCESSING for a processing or ready magnet, MAGNET_INVALID_ID for an unknown one", async () => {
    const key = newKey();
    const [ready, slow] = await upload(key, [hashStarting("0"), hashStarting("e")]);
    expect((await call("/v4.1/magnet/restart", key, { id: ready?.id ?? 0 })).error).toEqual({
      code: "MAGNET_PROCESSING",
      message: "Magnet is processing or completed",
    });
    expect((await call("/v4.1/magnet/restart", key, { id: slow?.id ?? 0 })).error.code).toBe("MAGNET_PROCESSING");
    expect((await call("/v4.1/magnet/restart", key, { id: 999999999 })).error.code).toBe("MAGNET_INVALID_ID");
    expect((await call("/v4.1/magnet/restart", key)).error.code).toBe("MAGNET_INVALID_ID");
  });

  it("restarts several with ids[], answering per magnet", async () => {
    const key = newKey();
    const [failing, ready] = await upload(key, [hashStarting("f9"), hashStarting("0")]);
    await pollUntil(
      () => statusOf(key, failing?.id ?? 0),
      (magnet) => magnet.statusCode === 14,
    );
    const answer = await call<{ magnets: unknown[] }>("/v4.1/magnet/restart", key, {
      ids: [failing?.id ?? 0, ready?.id ?? 0],
    });
    expect(answer.data.magnets).toEqual([
      { magnet: String(failing?.id), message: "Magnet was successfully restarted" },
      {
        magnet: String(ready?.id),
        error: { code: "MAGNET_PROCESSING", message: "Magnet is processing or completed" },
      },
    ]);
  });
});
