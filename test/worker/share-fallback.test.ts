import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

async function postShare(form: FormData | string, contentType?: string): Promise<Response> {
  const headers = contentType ? { "Content-Type": contentType } : undefined;
  return exports.default.fetch("http://edge.test/share", { method: "POST", body: form, headers, redirect: "manual" });
}

function target(response: Response): URL {
  return new URL(response.headers.get("Location") ?? "", "http://edge.test");
}

describe("a share that reaches the server without the service worker", () => {
  it("sends the shared text back to the share screen, with nothing stored", async () => {
    const form = new FormData();
    form.set("title", "Ubuntu");
    form.set("text", "magnet:?xt=urn:btih:842783e3005495d5d1637f5364b59343c7844707");
    form.set("url", "");
    const response = await postShare(form);
    expect(response.status).toBe(303);
    const location = target(response);
    expect(location.pathname).toBe("/share");
    expect(location.searchParams.get("title")).toBe("Ubuntu");
    expect(location.searchParams.get("text")).toBe("magnet:?xt=urn:btih:842783e3005495d5d1637f5364b59343c7844707");
    expect(location.searchParams.has("url")).toBe(false);
    expect(location.searchParams.getAll("error")).toEqual([]);
  });

  it("tells the screen that shared files could not come along", async () => {
    const form = new FormData();
    form.set("text", "https://example.org/a");
    form.set("files", new File([new Uint8Array([100, 101])], "ubuntu.torrent", { type: "application/x-bittorrent" }));
    const location = target(await postShare(form));
    expect(location.searchParams.get("text")).toBe("https://example.org/a");
    expect(location.searchParams.getAll("error")).toEqual(["files-not-kept"]);
  });

  it("cuts a very long text and says so", async () => {
    const form = new FormData();
    form.set("text", "x".repeat(5000));
    const location = target(await postShare(form));
    expect(location.searchParams.get("text")).toHaveLength(2000);
    expect(location.searchParams.getAll("error")).toEqual(["too-long"]);
  });

  it("answers a body that is not a form with a message for the screen, not an error page", async () => {
    const response = await postShare("{not a form", "application/json");
    expect(response.status).toBe(303);
    expect(target(response).searchParams.get("error")).toBe("unreadable");
  });
});
