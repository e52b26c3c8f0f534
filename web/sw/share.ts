/// <reference lib="webworker" />
// The share target's half in the service worker: a POST /share (from the system share sheet) is
// stored in IndexedDB first, then answered at once with a 303 to /share?id=<id>, so a refresh
// never re-sends it, it works offline, and a reload of the share screen finds it again.
import { db } from "../offline/db";
import type { SharedPayload } from "../offline/schema";

declare const self: ServiceWorkerGlobalScope;

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "POST" || url.origin !== self.location.origin || url.pathname !== "/share") return;
  event.respondWith(receiveShare(event.request));
});

async function receiveShare(request: Request): Promise<Response> {
  let payload: SharedPayload;
  try {
    payload = await readShare(request);
  } catch {
    return redirect("/share?error=unreadable");
  }
  try {
    await (await db()).put("shares", payload);
  } catch {
    return redirect("/share?error=not-stored");
  }
  return redirect(`/share?id=${encodeURIComponent(payload.id)}`);
}

async function readShare(request: Request): Promise<SharedPayload> {
  const form = await request.formData();
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const files: SharedPayload["files"] = [];
  for (const entry of form.getAll("files")) {
    // A share sheet may send an empty file part when nothing was picked.
    if (typeof entry !== "string" && (entry.size > 0 || entry.name)) {
      files.push({ name: entry.name, type: entry.type, data: entry });
    }
  }
  return {
    id: crypto.randomUUID(),
    receivedAt: Date.now(),
    title: field("title"),
    text: field("text"),
    url: field("url"),
    files,
  };
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}
