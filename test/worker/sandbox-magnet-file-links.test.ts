import { exports } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { FileNode, UnlockData } from "../../protocol/alldebrid";
import { call, hashStarting, newKey } from "./sandbox-magnets-client";

vi.setConfig({ testTimeout: 30_000 });

function firstFileLink(nodes: FileNode[]): string {
  for (const node of nodes) {
    if ("e" in node) return firstFileLink(node.e);
    return node.l;
  }
  throw new Error("no file in the tree");
}

async function readyMagnetFileLink(apikey: string): Promise<string> {
  const upload = await call<{ magnets: Array<{ id: number; ready: boolean }> }>("/v4.1/magnet/upload", apikey, {
    magnets: [hashStarting("0")],
  });
  const magnet = upload.data.magnets[0]!;
  expect(magnet.ready).toBe(true);
  const files = await call<{ magnets: Array<{ files: FileNode[] }> }>("/v4.1/magnet/files", apikey, {
    id: [magnet.id],
  });
  return firstFileLink(files.data.magnets[0]!.files);
}

describe("links to a magnet's files", () => {
  it("unlock into a download the owner can fetch, and show in link/infos", async () => {
    const apikey = newKey();
    const link = await readyMagnetFileLink(apikey);
    const unlocked = await call<UnlockData>("/v4.1/link/unlock", apikey, { link });
    expect(unlocked.status).toBe("success");
    expect(unlocked.data.host).toBe("magnet");
    const download = await exports.default.fetch(unlocked.data.link, { headers: { Range: "bytes=0-9" } });
    expect(download.status).toBe(206);
    expect((await download.arrayBuffer()).byteLength).toBe(10);
    const infos = await call<{ infos: Array<{ filename?: string; size?: number }> }>("/v4.1/link/infos", apikey, {
      link: [link],
    });
    expect(infos.data.infos[0]).toMatchObject({ filename: unlocked.data.filename, size: unlocked.data.filesize });
  });

  it("are not supported for another account", async () => {
    const link = await readyMagnetFileLink(newKey());
    const stranger = await call("/v4.1/link/unlock", newKey(), { link });
    expect(stranger.error.code).toBe("LINK_HOST_NOT_SUPPORTED");
  });
});

/** A call as DebridUI makes it: multipart form data with `links[]`, the key as Bearer, through the deployment. */
async function debridUi<T>(path: string, apikey: string, links?: string[]): Promise<{ status: string; data: T }> {
  const body = new FormData();
  for (const link of links ?? []) body.append("links[]", link);
  const response = await exports.default.fetch(`http://edge.test${path}`, {
    method: links ? "POST" : "GET",
    headers: { Authorization: `Bearer ${apikey}` },
    body: links ? body : undefined,
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe("DebridUI's saved links flow with a magnet's file", () => {
  it("saves the file's link with links[], lists it, and deletes it, as the live service does", async () => {
    const apikey = newKey();
    const link = await readyMagnetFileLink(apikey);
    const saved = await debridUi<{ message: string }>("/v4/user/links/save", apikey, [link]);
    // DebridUI reads success from the message's wording.
    expect(saved.data.message).toMatch(/succ?essfully saved$/i);
    const listed = await debridUi<{ links: Array<Record<string, unknown>> }>("/v4/user/links", apikey);
    const infos = await call<{ infos: Array<{ filename: string; size: number }> }>("/v4.1/link/infos", apikey, {
      link: [link],
    });
    expect(listed.data.links).toEqual([
      {
        link,
        filename: infos.data.infos[0]?.filename,
        size: infos.data.infos[0]?.size,
        date: expect.any(Number),
        host: "magnet",
      },
    ]);
    const deleted = await debridUi<{ message: string }>("/v4/user/links/delete", apikey, [link]);
    expect(deleted.data.message).toMatch(/succ?essfully deleted$/i);
    expect((await debridUi<{ links: unknown[] }>("/v4/user/links", apikey)).data.links).toEqual([]);
  });

  it("refuses another account's magnet file (USER_LINK_INVALID), as it does any unknown link", async () => {
    const link = await readyMagnetFileLink(newKey());
    const stranger = await call("/v4.1/user/links/save", newKey(), { links: [link] });
    expect(stranger.error.code).toBe("USER_LINK_INVALID");
  });
});
