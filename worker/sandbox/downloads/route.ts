// GET/HEAD /sandbox/dl/<id>/<filename>: deterministic bytes of the announced size, with HTTP
// Range support (206 + Content-Range, 416 when unsatisfiable), streamed without buffering.
import { Hono } from "hono";
import type { AppEnv, Env } from "../../env";
import { hash32 } from "../links/patterns";
import { sandboxStub } from "../stub";
import { byteStream } from "./bytes";
import type { DownloadFile } from "./index";
import { readRange } from "./range";

function serve(request: Request, id: string, file: DownloadFile): Response {
  const headers = new Headers({
    "Accept-Ranges": "bytes",
    "Content-Type": "application/octet-stream",
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  });
  const range = readRange(request.headers.get("Range"), file.size);
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${file.size}`);
    return new Response(null, { status: 416, headers });
  }
  const [start, end] = range.kind === "part" ? [range.start, range.end] : [0, file.size];
  headers.set("Content-Length", String(end - start));
  if (range.kind === "part") headers.set("Content-Range", `bytes ${start}-${end - 1}/${file.size}`);
  const status = range.kind === "part" ? 206 : 200;
  const body = request.method === "HEAD" ? null : byteStream(hash32(id), start, end);
  return new Response(body, { status, headers });
}

async function answer(request: Request, env: Env, id: string): Promise<Response> {
  const file = await sandboxStub(env).download(id);
  if (!file) return new Response("This download link does not exist", { status: 404 });
  return serve(request, id, file);
}

export const downloads = new Hono<AppEnv>().on(["GET", "HEAD"], "/dl/:id/:filename{.+}", (c) =>
  answer(c.req.raw, c.env, c.req.param("id")),
);
